namespace Platforma.Data.Catalog;

/// <summary>A central operator: adds, suspends and brands gminy on the <c>admin.</c> host.</summary>
public class Operator
{
    public int Id { get; set; }
    public required string Email { get; set; }
    public required string PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
