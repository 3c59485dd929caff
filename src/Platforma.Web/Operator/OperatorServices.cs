using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Identity;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Operator;

public static class OperatorServices
{
    public static IServiceCollection AddOperatorConsole(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<Data.Catalog.Operator>, PasswordHasher<Data.Catalog.Operator>>();
        services.AddScoped<OperatorAccounts>();
        return services;
    }

    /// <summary>The Hangfire dashboard, on the operator host and behind operator sign-in only.</summary>
    public static IEndpointRouteBuilder MapOperatorConsole(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new OperatorDashboardAuthorization()],
                DashboardTitle = "Platforma — zadania",
                AppPath = "/",
            })
            .ForHost(HostKind.Operator)
            .RequireAuthorization(OperatorAuth.Policy);
        return app;
    }

    // The endpoint policy already demands an operator; this repeats the check inside Hangfire, which asks on every call.
    private sealed class OperatorDashboardAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            return http.RequestServices.GetRequiredService<CurrentTenant>().Host.Kind == HostKind.Operator
                && http.User.HasClaim(OperatorAuth.RoleClaim, "operator");
        }
    }
}
