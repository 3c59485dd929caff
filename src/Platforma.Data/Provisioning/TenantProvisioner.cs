using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;

namespace Platforma.Data.Provisioning;

/// <summary>What provisioning did to one gmina.</summary>
public sealed record ProvisionResult(string Slug, bool Changed, string? SchemaVersion, IReadOnlyList<string> AppliedMigrations, string CurrentSchema);

/// <summary>
/// Creates a gmina's schema and principal and brings its tables to the current migration, running the migrations
/// as the gmina's own principal. Idempotent: a second run on a provisioned gmina changes nothing.
/// </summary>
public sealed class TenantProvisioner(
    TenantConnections connections,
    IDbContextFactory<CatalogDbContext> catalogs,
    TimeProvider time,
    ILogger<TenantProvisioner> log)
{
    public async Task<ProvisionResult> ProvisionAsync(string slug, string changedBy, CancellationToken ct = default)
    {
        await using var catalog = await catalogs.CreateDbContextAsync(ct);
        var tenant = await catalog.Tenants.SingleOrDefaultAsync(t => t.Slug == slug, ct)
            ?? throw new InvalidOperationException($"Gmina '{slug}' is not in the catalog.");
        if (tenant.State == TenantState.Archived)
            throw new InvalidOperationException($"Gmina '{slug}' is archived; it is not provisioned again.");

        var provider = connections.Provider;
        var changed = false;
        if (string.IsNullOrEmpty(tenant.Database.Schema))
        {
            var names = provider.NamesFor(slug);
            tenant.Database.Schema = names.Schema;
            tenant.Database.Principal = names.Principal;
            changed = true;
        }

        string? secret = null;
        var setSecret = false;
        if (provider.UsesSecrets)
        {
            secret = connections.Unprotect(tenant.Database.ProtectedSecret);
            if (secret is null)
            {
                secret = DatabaseProvider.NewSecret();
                setSecret = true;
            }
        }
        await provider.EnsurePrincipalAsync(tenant.Database, secret, setSecret, ct);
        if (setSecret)
        {
            tenant.Database.ProtectedSecret = connections.Protect(secret!);
            changed = true;
        }

        await using var db = new TenantDbContext(connections.OptionsFor(tenant.Database));
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            log.LogInformation("Applying {Count} migrations to {Schema}", pending.Count, tenant.Database.Schema);
            await db.Database.MigrateAsync(ct);
        }

        var currentSchema = await CurrentSchemaAsync(db, ct);
        if (currentSchema != tenant.Database.Schema)
            throw new InvalidOperationException(
                $"Principal of '{slug}' works in '{currentSchema}', expected '{tenant.Database.Schema}'. Refusing to serve this gmina.");

        var version = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
        if (version != tenant.Database.SchemaVersion)
        {
            tenant.Database.SchemaVersion = version;
            changed = true;
        }
        if (tenant.State == TenantState.Provisioning)
        {
            tenant.State = TenantState.Active;
            tenant.Database.ProvisionedAt = time.GetUtcNow();
            changed = true;
        }
        if (changed)
        {
            tenant.UpdatedAt = time.GetUtcNow();
            tenant.UpdatedBy = changedBy;
            await catalog.SaveChangesAsync(ct);
        }
        return new ProvisionResult(slug, changed, version, pending, currentSchema);
    }

    /// <summary>Opens the gmina's connection and asks the server where it writes.</summary>
    public async Task<string> CurrentSchemaAsync(TenantDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await connections.Provider.CurrentSchemaAsync(db.Database.GetDbConnection(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
