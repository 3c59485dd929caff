namespace Platforma.Data.Gmina;

/// <summary>
/// Who read or changed what, kept in the gmina's own schema. Every office or operator read of a taxpayer's
/// data is written here (tajemnica skarbowa, art. 293 OP).
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Reason { get; set; }
}
