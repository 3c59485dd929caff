namespace Platforma.Data.Gmina;

/// <summary>
/// The one row (Id 1) that says what the gmina's ledger was last imported from. Every apply updates it first, inside
/// its transaction: that row lock is what keeps two imports of one gmina from running at once on every provider
/// (PostgreSQL and SQL Server lock the row, SQLite the whole file), whichever way the packages arrived.
/// </summary>
public class ImportState
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    /// <summary><c>sequence</c> of the last applied package; a package must bring a greater one unless forced.</summary>
    public long LastSequence { get; set; }
    public string? LastContentSha256 { get; set; }
    public long? LastImportId { get; set; }
    public DateTimeOffset? LastAppliedAt { get; set; }
    /// <summary>Bumped by every apply, so the locking UPDATE always writes.</summary>
    public long Version { get; set; }
}
