using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Web.Jobs;

namespace Platforma.Web.Tenancy;

/// <summary>
/// The state machine of a gmina (after Orchard Core): Provisioning → Active ⇄ Suspended → Archived. Suspending
/// touches no data: the portal answers 503 and the gmina's jobs stop until it is resumed.
/// </summary>
public sealed class TenantLifecycle(IDbContextFactory<CatalogDbContext> catalogs, TenantCatalog catalog, RecurringJobs jobs, TimeProvider time)
{
    private static readonly Dictionary<TenantState, TenantState[]> Allowed = new()
    {
        [TenantState.Provisioning] = [TenantState.Active],
        [TenantState.Active] = [TenantState.Suspended],
        [TenantState.Suspended] = [TenantState.Active, TenantState.Archived],
        [TenantState.Archived] = [],
    };

    public Task<TenantState> SuspendAsync(string slug, string by, CancellationToken ct = default) => MoveAsync(slug, TenantState.Suspended, by, ct);
    public Task<TenantState> ResumeAsync(string slug, string by, CancellationToken ct = default) => MoveAsync(slug, TenantState.Active, by, ct);
    public Task<TenantState> ArchiveAsync(string slug, string by, CancellationToken ct = default) => MoveAsync(slug, TenantState.Archived, by, ct);

    /// <returns>The state before the move.</returns>
    private async Task<TenantState> MoveAsync(string slug, TenantState target, string by, CancellationToken ct)
    {
        await using var db = await catalogs.CreateDbContextAsync(ct);
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == slug, ct)
            ?? throw new TenantLifecycleException($"Gmina '{slug}' is not in the catalog.");
        var from = tenant.State;
        if (from == target) return from;
        if (from == TenantState.Provisioning && target == TenantState.Active)
            throw new TenantLifecycleException($"Gmina '{slug}' is still being provisioned; run 'tenants provision {slug}'.");
        if (!Allowed[from].Contains(target))
            throw new TenantLifecycleException($"Gmina '{slug}' is {from}; it cannot become {target}.");
        tenant.State = target;
        tenant.UpdatedAt = time.GetUtcNow();
        tenant.UpdatedBy = by;
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
        jobs.RegisterFor(tenant);
        return from;
    }
}

public sealed class TenantLifecycleException(string message) : Exception(message);
