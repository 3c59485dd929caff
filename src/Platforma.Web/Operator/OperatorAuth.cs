using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Operator;

/// <summary>Operators sign in on the <c>admin.</c> host only, with a cookie of their own that no gmina host accepts.</summary>
public static class OperatorAuth
{
    public const string Scheme = "Operator";
    public const string Policy = "Operator";
    public const string RoleClaim = "platforma:role";

    public static AuthenticationBuilder AddOperatorCookie(this AuthenticationBuilder builder)
    {
        builder.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "platforma.operator";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/logowanie";
            o.LogoutPath = "/wyloguj";
            o.AccessDeniedPath = "/logowanie";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = false;
            o.Events.OnValidatePrincipal = context =>
            {
                // Host-only cookies already stay on admin.; this also refuses a copied cookie on any other host.
                if (context.HttpContext.RequestServices.GetRequiredService<CurrentTenant>().Host.Kind != HostKind.Operator)
                    context.RejectPrincipal();
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(RoleClaim, "operator"));
        return builder;
    }

    public static ClaimsPrincipal Principal(Data.Catalog.Operator op) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, op.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, op.Email),
        new Claim(RoleClaim, "operator"),
    ], Scheme));
}
