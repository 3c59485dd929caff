using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platforma.Data;
using Platforma.Data.Catalog;
using Platforma.Data.Provisioning;
using Platforma.Web.Jobs;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Infrastructure;

/// <summary>
/// What happens at every start (and on <c>setup</c>): the catalog database and its migrations, gminy from
/// tenants.json that the catalog lacks, provisioning of new gminy and migrations of the others, recurring jobs.
/// </summary>
public sealed class PlatformSetup(
    DatabaseProvider provider,
    IDbContextFactory<CatalogDbContext> catalogs,
    TenantsFileApplier applier,
    TenantProvisioner provisioner,
    RecurringJobs jobs,
    TenantCatalog tenantCatalog,
    IOptions<PlatformOptions> options,
    IHostEnvironment env,
    ILogger<PlatformSetup> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        await EnsureCatalogAsync(ct);

        var file = TenantsFilePath();
        await using (var db = await catalogs.CreateDbContextAsync(ct))
        {
            var catalogEmpty = !await db.Tenants.AnyAsync(ct);
            if (file is null)
            {
                if (catalogEmpty) log.LogWarning("No tenants.json found and the catalog is empty: no gmina will be served");
            }
            else
            {
                try
                {
                    var changes = await applier.ApplyAsync(TenantsFile.Load(file), TenantsFileMode.AddMissing, dryRun: false, ct);
                    var added = changes.Where(c => c.Kind == TenantsFileChangeKind.Added).Select(c => c.Slug).ToList();
                    if (added.Count > 0) log.LogInformation("Added {Count} gminy from {File}: {Slugs}", added.Count, file, added);
                }
                catch (TenantsFileException e) when (!catalogEmpty)
                {
                    // The catalog is the run-time truth; a broken file must not take the running gminy down.
                    log.LogError("{File} was not applied: {Errors}", file, e.Errors.Select(x => x.ToString()));
                }
            }
        }

        List<Tenant> due;
        await using (var db = await catalogs.CreateDbContextAsync(ct))
        {
            due = (await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(ct))
                .Where(t => t.State == TenantState.Provisioning
                    || (options.Value.MigrateOnStart && t.State is TenantState.Active or TenantState.Suspended))
                .ToList();
        }
        // Gminy are independent schemas (or files), so several are provisioned at once; the server's DDL is the limit.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.SetupParallelism, CancellationToken = ct },
            async (tenant, token) =>
            {
                try
                {
                    var result = await provisioner.ProvisionAsync(tenant.Slug, "start", token);
                    if (result.AppliedMigrations.Count > 0)
                        log.LogInformation("Gmina {Slug}: applied {Migrations}", tenant.Slug, result.AppliedMigrations);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One broken gmina must not keep the others offline; it stays in its state and the check job reports it.
                    log.LogError(e, "Gmina {Slug} could not be provisioned or migrated", tenant.Slug);
                }
            });

        await using (var db = await catalogs.CreateDbContextAsync(ct))
        {
            foreach (var tenant in await db.Tenants.AsNoTracking().ToListAsync(ct)) jobs.RegisterFor(tenant);
        }
        tenantCatalog.Invalidate();
    }

    public async Task EnsureCatalogAsync(CancellationToken ct)
    {
        await provider.EnsureCatalogDatabaseAsync(ct);
        await using var db = await catalogs.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>Platforma:TenantsFile, else the first tenants.json found from the content root upwards.</summary>
    public string? TenantsFilePath()
    {
        if (options.Value.TenantsFile is { Length: > 0 } configured)
            return Path.GetFullPath(Path.Combine(env.ContentRootPath, configured));
        for (var dir = new DirectoryInfo(env.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tenants.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
