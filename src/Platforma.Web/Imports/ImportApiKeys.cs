using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;

namespace Platforma.Web.Imports;

/// <summary>
/// Per-gmina keys of the import API. Only the operator (console or CLI) issues, rotates and revokes them; the plain key
/// is returned once and only its SHA-256 is stored. A key belongs to one gmina: presented on another gmina's host it
/// is not accepted.
/// </summary>
public sealed class ImportApiKeys(IDbContextFactory<CatalogDbContext> catalogs, TimeProvider time)
{
    public const string DefaultName = "system dziedzinowy";
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyz23456789";

    public sealed record Issued(ImportApiKey Key, string Plain);

    public async Task<IReadOnlyList<ImportApiKey>> ListAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await catalogs.CreateDbContextAsync(ct);
        return await db.ImportApiKeys.AsNoTracking().Where(k => k.Tenant!.Slug == slug).OrderByDescending(k => k.Id).ToListAsync(ct); // by id: SQLite cannot order DateTimeOffset
    }

    /// <summary>A new key next to the existing ones (e.g. a second system, or before switching over).</summary>
    public async Task<Issued> IssueAsync(string slug, string? name, string by, CancellationToken ct = default)
    {
        await using var db = await catalogs.CreateDbContextAsync(ct);
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == slug, ct) ?? throw new ArgumentException($"Gmina '{slug}' is not in the catalog.");
        return await AddAsync(db, tenant.Id, string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim(), by, ct);
    }

    /// <summary>Revokes every active key of the gmina and issues one new key under the latest key's name.</summary>
    public async Task<Issued> RotateAsync(string slug, string by, CancellationToken ct = default)
    {
        await using var db = await catalogs.CreateDbContextAsync(ct);
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == slug, ct) ?? throw new ArgumentException($"Gmina '{slug}' is not in the catalog.");
        var active = await db.ImportApiKeys.Where(k => k.TenantId == tenant.Id && k.RevokedAt == null).ToListAsync(ct);
        var name = active.OrderByDescending(k => k.CreatedAt).FirstOrDefault()?.Name ?? DefaultName;
        Revoke(active, by);
        return await AddAsync(db, tenant.Id, name, by, ct);
    }

    /// <returns>How many keys were revoked.</returns>
    public async Task<int> RevokeAsync(string slug, string by, CancellationToken ct = default)
    {
        await using var db = await catalogs.CreateDbContextAsync(ct);
        var active = await db.ImportApiKeys.Where(k => k.Tenant!.Slug == slug && k.RevokedAt == null).ToListAsync(ct);
        Revoke(active, by);
        await db.SaveChangesAsync(ct);
        return active.Count;
    }

    /// <summary>The active key of this gmina that <paramref name="presented"/> is, or null.</summary>
    public async Task<ImportApiKey?> VerifyAsync(int tenantId, string? presented, CancellationToken ct = default)
    {
        if (presented is not { Length: > 14 } || presented[13] != '.') return null;
        var prefix = presented[..13];
        await using var db = await catalogs.CreateDbContextAsync(ct);
        var key = await db.ImportApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || key.RevokedAt is not null || key.TenantId != tenantId) return null;
        var hash = Convert.FromHexString(key.Sha256);
        if (!CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)))) return null;
        key.LastUsedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return key;
    }

    private async Task<Issued> AddAsync(CatalogDbContext db, int tenantId, string name, string by, CancellationToken ct)
    {
        var prefix = "pi_" + RandomNumberGenerator.GetString(Alphabet, 10);
        var plain = prefix + "." + RandomNumberGenerator.GetString(Alphabet, 40);
        var key = new ImportApiKey
        {
            TenantId = tenantId, Name = name.Length > 200 ? name[..200] : name, Prefix = prefix,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain))), CreatedAt = time.GetUtcNow(), CreatedBy = by,
        };
        db.ImportApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new Issued(key, plain);
    }

    private void Revoke(List<ImportApiKey> keys, string by)
    {
        foreach (var k in keys)
        {
            k.RevokedAt = time.GetUtcNow();
            k.RevokedBy = by;
        }
    }
}
