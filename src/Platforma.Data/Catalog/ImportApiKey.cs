namespace Platforma.Data.Catalog;

/// <summary>
/// A key the gmina's tax system uses to send packages to <c>POST /api/import/packages</c>. Only the operator issues,
/// rotates or revokes it; the plain key is shown once and only its SHA-256 is kept.
/// </summary>
public class ImportApiKey
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public Tenant? Tenant { get; set; }
    /// <summary>What the key is for, shown in import history as the sender ("system dziedzinowy").</summary>
    public required string Name { get; set; }
    /// <summary>The first characters of the key, to find it and to tell keys apart on screen.</summary>
    public required string Prefix { get; set; }
    /// <summary>SHA-256 of the whole key, hex. Keys are long random strings, so a plain hash is enough.</summary>
    public required string Sha256 { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
