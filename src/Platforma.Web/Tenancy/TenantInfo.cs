using Platforma.Data.Catalog;

namespace Platforma.Web.Tenancy;

/// <summary>
/// An immutable snapshot of one gmina as the catalog knew it when the request began (Finbuckle's TenantInfo).
/// Per-tenant options — branding, contact, bank, taxes, imports, payments — travel with it.
/// </summary>
public sealed record TenantInfo(
    int Id,
    string Slug,
    string Name,
    string ShortName,
    TenantState State,
    TenantBranding Branding,
    TenantContact Contact,
    TenantBank Bank,
    TenantTaxSettings Taxes,
    TenantImportSettings Imports,
    TenantPaymentSettings Payments,
    TenantDatabase Database,
    string? CoatOfArmsSha256)
{
    public static TenantInfo From(Tenant t, string? coatOfArmsSha256) => new(
        t.Id, t.Slug, t.Name, t.ShortName, t.State, t.Branding, t.Contact, t.Bank, t.Taxes, t.Imports, t.Payments,
        t.Database, coatOfArmsSha256);
}
