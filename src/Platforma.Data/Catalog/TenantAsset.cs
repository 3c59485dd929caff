namespace Platforma.Data.Catalog;

/// <summary>A file belonging to a gmina's branding (the coat of arms), kept in the catalog so every app instance serves the same.</summary>
public class TenantAsset
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public Tenant? Tenant { get; set; }
    /// <summary><c>coat-of-arms</c>.</summary>
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
