using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;

namespace Platforma.Web.Tenancy;

/// <summary>What applying tenants.json did (or, in a dry run, would do) to one gmina.</summary>
public sealed record TenantsFileChange(string Slug, TenantsFileChangeKind Kind, IReadOnlyList<string> Fields);

public enum TenantsFileChangeKind { Added, Updated, Unchanged, NotInFile }

/// <summary>
/// Applies a validated tenants.json to the catalog in one transaction. <see cref="TenantsFileMode.AddMissing"/>
/// (every start) only adds gminy the catalog lacks; <see cref="TenantsFileMode.Overwrite"/> (<c>tenants apply</c>)
/// also overwrites the file's fields of existing gminy. Neither ever changes a gmina's state or deletes one.
/// </summary>
public sealed class TenantsFileApplier(IDbContextFactory<CatalogDbContext> catalogs, TenantCatalog tenantCatalog, TimeProvider time)
{
    public async Task<IReadOnlyList<TenantsFileChange>> ApplyAsync(
        TenantsFile.Content file, TenantsFileMode mode, bool dryRun, CancellationToken ct = default)
    {
        await using var db = await catalogs.CreateDbContextAsync(ct);
        var existing = await db.Tenants.ToDictionaryAsync(t => t.Slug, ct);
        var arms = await db.TenantAssets.Where(a => a.Name == TenantAssetNames.CoatOfArms).ToDictionaryAsync(a => a.TenantId, ct);
        var now = time.GetUtcNow();
        var changes = new List<TenantsFileChange>();

        foreach (var entry in file.Gminy)
        {
            var image = await File.ReadAllBytesAsync(entry.CoatOfArmsPath, ct);
            if (!existing.TryGetValue(entry.Slug, out var tenant))
            {
                tenant = new Tenant
                {
                    Slug = entry.Slug, Name = entry.Name, ShortName = entry.ShortName,
                    State = TenantState.Provisioning, CreatedAt = now,
                };
                Copy(entry, tenant);
                tenant.UpdatedAt = now;
                tenant.UpdatedBy = "tenants.json";
                db.Tenants.Add(tenant);
                db.TenantAssets.Add(NewArms(tenant, entry, image, now));
                changes.Add(new(entry.Slug, TenantsFileChangeKind.Added, []));
                continue;
            }
            if (mode == TenantsFileMode.AddMissing)
            {
                changes.Add(new(entry.Slug, TenantsFileChangeKind.Unchanged, []));
                continue;
            }

            var before = Fields(tenant);
            Copy(entry, tenant);
            var changed = Fields(tenant).Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();
            var sha = Sha256(image);
            if (!arms.TryGetValue(tenant.Id, out var asset))
            {
                db.TenantAssets.Add(NewArms(tenant, entry, image, now));
                changed.Add("branding.coatOfArms");
            }
            else if (asset.Sha256 != sha)
            {
                asset.Content = image;
                asset.ContentType = ContentTypeOf(entry.CoatOfArmsPath);
                asset.Sha256 = sha;
                asset.UpdatedAt = now;
                changed.Add("branding.coatOfArms");
            }
            if (changed.Count > 0)
            {
                tenant.UpdatedAt = now;
                tenant.UpdatedBy = "tenants.json";
            }
            changes.Add(new(entry.Slug, changed.Count > 0 ? TenantsFileChangeKind.Updated : TenantsFileChangeKind.Unchanged, changed));
        }

        var inFile = file.Gminy.Select(g => g.Slug).ToHashSet();
        changes.AddRange(existing.Keys.Where(s => !inFile.Contains(s)).Order()
            .Select(s => new TenantsFileChange(s, TenantsFileChangeKind.NotInFile, [])));

        if (!dryRun)
        {
            await db.SaveChangesAsync(ct);
            tenantCatalog.Invalidate();
        }
        return changes;
    }

    private static void Copy(TenantsFile.Gmina g, Tenant t)
    {
        t.Name = g.Name;
        t.ShortName = g.ShortName;
        t.Teryt = g.Teryt;
        t.Branding = new TenantBranding { PrimaryColor = g.Branding.PrimaryColor.ToLowerInvariant(), CoatOfArmsIsPlaceholder = g.Branding.CoatOfArmsIsPlaceholder };
        t.Contact = new TenantContact
        {
            IsExampleData = g.Contact.IsExampleData, OfficeName = g.Contact.OfficeName, Address = g.Contact.Address,
            PostalCode = g.Contact.PostalCode, City = g.Contact.City, Phone = g.Contact.Phone, Email = g.Contact.Email,
            Website = g.Contact.Website, OpeningHours = g.Contact.OpeningHours,
        };
        t.Bank = new TenantBank
        {
            IsExampleData = g.Bank.IsExampleData, BankName = g.Bank.BankName, RecipientName = g.Bank.RecipientName,
            RecipientNip = g.Bank.RecipientNip, AccountNumber = g.Bank.AccountNumber,
            VirtualSortCode = g.Bank.VirtualAccounts.SortCode, VirtualFixedPart = g.Bank.VirtualAccounts.FixedPart,
            VirtualPayerIdLength = g.Bank.VirtualAccounts.PayerIdLength,
        };
        t.Taxes = new TenantTaxSettings { WasteFeeSchedule = g.Taxes.WasteFeeSchedule };
        t.Imports = new TenantImportSettings { Schedule = g.Imports.Schedule, Inbox = g.Imports.Inbox };
        t.Payments = new TenantPaymentSettings { OnlinePayments = g.Payments.OnlinePayments, Provider = g.Payments.Provider };
    }

    /// <summary>The file's fields of a gmina, flattened, so a dry run can say exactly what would change.</summary>
    private static Dictionary<string, string?> Fields(Tenant t) => new()
    {
        ["name"] = t.Name, ["shortName"] = t.ShortName, ["teryt"] = t.Teryt,
        ["branding.primaryColor"] = t.Branding.PrimaryColor,
        ["branding.coatOfArmsIsPlaceholder"] = t.Branding.CoatOfArmsIsPlaceholder.ToString(),
        ["contact.isExampleData"] = t.Contact.IsExampleData.ToString(), ["contact.officeName"] = t.Contact.OfficeName,
        ["contact.address"] = t.Contact.Address, ["contact.postalCode"] = t.Contact.PostalCode, ["contact.city"] = t.Contact.City,
        ["contact.phone"] = t.Contact.Phone, ["contact.email"] = t.Contact.Email, ["contact.website"] = t.Contact.Website,
        ["contact.openingHours"] = t.Contact.OpeningHours,
        ["bank.isExampleData"] = t.Bank.IsExampleData.ToString(), ["bank.bankName"] = t.Bank.BankName,
        ["bank.recipientName"] = t.Bank.RecipientName, ["bank.recipientNip"] = t.Bank.RecipientNip,
        ["bank.accountNumber"] = t.Bank.AccountNumber, ["bank.virtualAccounts.sortCode"] = t.Bank.VirtualSortCode,
        ["bank.virtualAccounts.fixedPart"] = t.Bank.VirtualFixedPart,
        ["bank.virtualAccounts.payerIdLength"] = t.Bank.VirtualPayerIdLength.ToString(),
        ["taxes.wasteFeeSchedule"] = t.Taxes.WasteFeeSchedule, ["imports.schedule"] = t.Imports.Schedule,
        ["imports.inbox"] = t.Imports.Inbox, ["payments.onlinePayments"] = t.Payments.OnlinePayments.ToString(),
        ["payments.provider"] = t.Payments.Provider,
    };

    private static TenantAsset NewArms(Tenant tenant, TenantsFile.Gmina entry, byte[] image, DateTimeOffset now) => new()
    {
        Tenant = tenant, Name = TenantAssetNames.CoatOfArms, ContentType = ContentTypeOf(entry.CoatOfArmsPath),
        Content = image, Sha256 = Sha256(image), UpdatedAt = now,
    };

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}

public enum TenantsFileMode { AddMissing, Overwrite }
