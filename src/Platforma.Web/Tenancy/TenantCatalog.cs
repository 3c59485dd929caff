using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;

namespace Platforma.Web.Tenancy;

/// <summary>
/// The tenant store: every gmina of the catalog database, held in memory as snapshots and reloaded when older than
/// <see cref="MaxAge"/> or when this process changed the catalog (<see cref="Invalidate"/>). A change made by
/// another instance is seen within <see cref="MaxAge"/>.
/// </summary>
public sealed class TenantCatalog(IDbContextFactory<CatalogDbContext> contexts, TimeProvider time, ILogger<TenantCatalog> log)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private sealed record Snapshot(FrozenDictionary<string, TenantInfo> BySlug, IReadOnlyList<TenantInfo> All, long LoadedAt);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async ValueTask<TenantInfo?> FindAsync(string slug, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).BySlug.GetValueOrDefault(slug);

    /// <summary>All gminy, ordered by name, in every state.</summary>
    public async ValueTask<IReadOnlyList<TenantInfo>> AllAsync(CancellationToken ct = default) => (await CurrentAsync(ct)).All;

    public void Invalidate() => _snapshot = null;

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetElapsedTime(snapshot.LoadedAt) < MaxAge) return snapshot;

        // One reload at a time; meanwhile other requests keep the previous snapshot if there is one.
        if (snapshot is not null && !await _reload.WaitAsync(0, ct)) return snapshot;
        if (snapshot is null) await _reload.WaitAsync(ct);
        try
        {
            if (_snapshot is { } fresh && time.GetElapsedTime(fresh.LoadedAt) < MaxAge) return fresh;
            _snapshot = await LoadAsync(ct);
            return _snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tenants = await db.Tenants.AsNoTracking().ToListAsync(ct);
        var arms = await db.TenantAssets.AsNoTracking()
            .Where(a => a.Name == TenantAssetNames.CoatOfArms)
            .Select(a => new { a.TenantId, a.Sha256 })
            .ToDictionaryAsync(a => a.TenantId, a => a.Sha256, ct);
        var infos = tenants
            .Select(t => TenantInfo.From(t, arms.GetValueOrDefault(t.Id)))
            .OrderBy(t => t.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), false))
            .ToList();
        log.LogDebug("Loaded {Count} gminy from the catalog", infos.Count);
        return new Snapshot(infos.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal), infos, time.GetTimestamp());
    }
}
