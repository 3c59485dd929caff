using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platforma.Data;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Infrastructure;

public static class HealthChecks
{
    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: ["ready"])
            .AddCheck<GminyHealthCheck>("gminy", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the catalog answers (503 otherwise) and every
    /// active gmina's principal lands in its own schema — a broken gmina makes it "Degraded" (still 200), so one gmina
    /// cannot take the proxy down for the others.
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteJsonAsync });
        return app;
    }

    private static Task WriteJsonAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

internal sealed class CatalogHealthCheck(IDbContextFactory<CatalogDbContext> catalogs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var db = await catalogs.CreateDbContextAsync(ct);
        return await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("catalog database does not answer");
    }
}

internal sealed class GminyHealthCheck(TenantCatalog catalog, TenantConnections connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var active = (await catalog.AllAsync(ct)).Where(t => t.State == TenantState.Active).ToList();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(active, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (tenant, token) =>
        {
            try
            {
                await using var db = new TenantDbContext(connections.OptionsFor(tenant.Database));
                await db.Database.OpenConnectionAsync(token);
                var schema = await connections.Provider.CurrentSchemaAsync(db.Database.GetDbConnection(), token);
                if (schema != tenant.Database.Schema) failures.Add($"{tenant.Slug}: principal works in '{schema}'");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add($"{tenant.Slug}: {e.GetBaseException().Message}");
            }
        });
        if (failures.IsEmpty) return HealthCheckResult.Healthy($"{active.Count} active gminy reachable through their own principals");
        var description = string.Join("; ", failures.Order());
        return failures.Count == active.Count ? HealthCheckResult.Unhealthy(description) : HealthCheckResult.Degraded(description);
    }
}
