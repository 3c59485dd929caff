using Microsoft.AspNetCore.Identity;

namespace Platforma.Data.Gmina;

/// <summary>A person who signs in on one gmina's host: a resident (linked to a taxpayer) or a clerk of the office.</summary>
public class PortalUser : IdentityUser
{
    public PortalUserKind Kind { get; set; }
    public string? DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The taxpayer a resident's account was activated for; null for office staff.</summary>
    public long? TaxpayerId { get; set; }
}

public enum PortalUserKind
{
    Resident = 0,
    /// <summary>Pracownik urzędu: works the inbox and sees imports of this gmina.</summary>
    OfficeStaff = 1,
}
