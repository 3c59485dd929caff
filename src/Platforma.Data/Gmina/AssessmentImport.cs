namespace Platforma.Data.Gmina;

/// <summary>One package received from the gmina's tax system, and what became of it.</summary>
public class AssessmentImport
{
    public long Id { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public ImportSource Source { get; set; }
    /// <summary>Who or what sent it: an API key's name, a clerk's e-mail, the inbox folder.</summary>
    public required string SubmittedBy { get; set; }
    public string? FileName { get; set; }
    /// <summary>Where the received package is kept (never deleted): the import reads it from here, also on a retry.</summary>
    public string? StoredPath { get; set; }
    public required string PackageSha256 { get; set; }
    /// <summary>Hash of what the package says (its years and the four files' sha256): equal hashes mean an unchanged package.</summary>
    public string? ContentSha256 { get; set; }
    /// <summary><c>sequence</c> from the manifest.</summary>
    public long? Sequence { get; set; }
    public string? System { get; set; }
    public DateTimeOffset? ExportedAt { get; set; }
    /// <summary>Tax years the package fully describes, comma-separated.</summary>
    public string? Years { get; set; }
    public ImportStatus Status { get; set; }
    /// <summary>A stale sequence applied anyway on the office's request.</summary>
    public bool Forced { get; set; }
    public int Taxpayers { get; set; }
    public int Objects { get; set; }
    public int Liabilities { get; set; }
    public int Payments { get; set; }
    public int Warnings { get; set; }
    public long? DurationMs { get; set; }
    /// <summary>Errors and warnings, one per line: file, line, reason.</summary>
    public string? Report { get; set; }
}

public enum ImportSource { Inbox, Api, Upload }

public enum ImportStatus
{
    Received,
    Running,
    Applied,
    /// <summary>The same package again: nothing changed.</summary>
    Unchanged,
    Rejected,
    /// <summary>Sequence not greater than the last applied one.</summary>
    Stale,
    Failed,
}
