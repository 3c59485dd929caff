using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Data.Provisioning;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Jobs;

/// <summary>
/// Recurring <c>tenant-check:{slug}</c>: connects as the gmina's principal, checks that it lands in the gmina's own
/// schema and that no migration is pending, and records the result in the catalog (shown by <c>tenants list</c>
/// and the operator console).
/// </summary>
public sealed class TenantCheckJob(TenantScopes scopes, IDbContextFactory<CatalogDbContext> catalogs, TimeProvider time, TenantCatalog catalog)
{
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<TenantCheckResult> RunAsync(string gmina, CancellationToken ct)
    {
        TenantCheckResult result;
        try
        {
            await using var scope = await scopes.BeginAsync(gmina, allowSuspended: true, ct);
            var db = scope.Services.GetRequiredService<TenantDbContext>();
            var provisioner = scope.Services.GetRequiredService<TenantProvisioner>();
            var schema = await provisioner.CurrentSchemaAsync(db, ct);
            var version = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
            var expected = scope.Tenant.Database.Schema;
            var ok = schema == expected && pending == 0;
            result = new TenantCheckResult
            {
                CheckedAt = time.GetUtcNow(), Ok = ok, CurrentSchema = schema, SchemaVersion = version, PendingMigrations = pending,
                Message = ok ? "OK" : schema != expected ? $"principal works in '{schema}', expected '{expected}'" : $"{pending} migrations pending",
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            result = new TenantCheckResult { CheckedAt = time.GetUtcNow(), Ok = false, Message = e.GetBaseException().Message };
        }

        await using var db2 = await catalogs.CreateDbContextAsync(ct);
        var tenant = await db2.Tenants.SingleOrDefaultAsync(t => t.Slug == gmina, ct);
        if (tenant is not null)
        {
            tenant.LastCheck = result;
            await db2.SaveChangesAsync(ct);
            catalog.Invalidate();
        }
        return result;
    }
}
