using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platforma.Web.Infrastructure;

namespace Platforma.Web.Tenancy;

public static class TenancyServices
{
    public static IServiceCollection AddTenancy(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<PlatformOptions>(config.GetSection("Platforma"));
        var baseDomains = config.GetSection("Platforma:BaseDomains").Get<string[]>() is { Length: > 0 } configured
            ? configured
            : new PlatformOptions().BaseDomains;
        services.AddSingleton(new HostResolver(baseDomains));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TenantCatalog>();
        services.AddScoped<CurrentTenant>();
        services.AddSingleton<TenantScopes>();
        services.AddSingleton<TenantsFileApplier>();
        services.AddSingleton<TenantLifecycle>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, HostKindPolicy>());
        return services;
    }

    public static IApplicationBuilder UseTenancy(this IApplicationBuilder app) => app.UseMiddleware<TenantResolutionMiddleware>();
}
