using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal;

public static class PortalServices
{
    /// <summary>Claims a gmina's session carries: which gmina issued it and what kind of user it is.</summary>
    public const string GminaClaim = "platforma:gmina";
    public const string KindClaim = "platforma:kind";
    public const string ResidentPolicy = "Resident";
    public const string OfficeStaffPolicy = "OfficeStaff";

    /// <summary>
    /// ASP.NET Core Identity stored in the gmina's own schema. The session cookie is host-only and names its gmina;
    /// presented on another gmina's host it is rejected, even if somebody copies it there.
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<TenantDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<GminaClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "platforma.sesja";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/logowanie";
            o.LogoutPath = "/wyloguj";
            o.AccessDeniedPath = "/brak-dostepu";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateGminaAsync;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(ResidentPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireClaim(KindClaim, nameof(PortalUserKind.Resident)))
            .AddPolicy(OfficeStaffPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireClaim(KindClaim, nameof(PortalUserKind.OfficeStaff)));
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app) => app;

    private static async Task ValidateGminaAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<CurrentTenant>().Tenant;
        var issuedFor = context.Principal?.FindFirstValue(GminaClaim);
        if (tenant is null || issuedFor != tenant.Slug)
        {
            context.RequestServices().GetRequiredService<ILoggerFactory>().CreateLogger("Platforma.Portal.Sessions")
                .LogWarning("Refused a session of gmina {IssuedFor} on host of {Gmina}", issuedFor ?? "(none)", tenant?.Slug ?? "(none)");
            context.RejectPrincipal();
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static IServiceProvider RequestServices(this CookieValidatePrincipalContext context) => context.HttpContext.RequestServices;
}

/// <summary>Adds the gmina and the kind of user to the session, so the cookie can be checked against the host.</summary>
public sealed class GminaClaimsPrincipalFactory(
    UserManager<PortalUser> users, IOptions<IdentityOptions> options, CurrentTenant current)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalServices.GminaClaim, current.Required.Slug));
        identity.AddClaim(new Claim(PortalServices.KindClaim, user.Kind.ToString()));
        if (user.DisplayName is { Length: > 0 } name) identity.AddClaim(new Claim("platforma:name", name));
        return identity;
    }
}
