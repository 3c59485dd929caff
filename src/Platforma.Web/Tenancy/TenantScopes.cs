using Platforma.Data.Catalog;
using Serilog.Context;

namespace Platforma.Web.Tenancy;

/// <summary>A DI scope that belongs to one gmina, for work outside a request (jobs, commands).</summary>
public sealed class TenantScope(AsyncServiceScope scope, TenantInfo tenant, IDisposable logContext) : IAsyncDisposable
{
    public TenantInfo Tenant { get; } = tenant;
    public IServiceProvider Services => scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        logContext.Dispose();
        await scope.DisposeAsync();
    }
}

/// <summary>
/// The one place background work enters a gmina: the gmina is an explicit argument, never taken from an HttpContext,
/// and the scope's <see cref="CurrentTenant"/> is set before anything resolves the gmina's DbContext.
/// </summary>
public sealed class TenantScopes(IServiceScopeFactory scopes, TenantCatalog catalog)
{
    /// <param name="allowSuspended">Operations (migrations, checks) may touch a suspended gmina; imports and e-mails may not.</param>
    public async Task<TenantScope> BeginAsync(string slug, bool allowSuspended = false, CancellationToken ct = default)
    {
        var tenant = await catalog.FindAsync(slug, ct) ?? throw new TenantUnavailableException(slug, "is not in the catalog");
        var usable = tenant.State == TenantState.Active || (allowSuspended && tenant.State == TenantState.Suspended);
        if (!usable) throw new TenantUnavailableException(slug, $"is {tenant.State}");
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(new HostMatch(HostKind.Tenant, slug), tenant);
        return new TenantScope(scope, tenant, LogContext.PushProperty("Gmina", slug));
    }
}

public sealed class TenantUnavailableException(string slug, string reason) : Exception($"Gmina '{slug}' {reason}.")
{
    public string Slug { get; } = slug;
}
