using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Portal.Accounts;
using Platforma.Web.Portal.Api;
using Platforma.Web.Portal.Documents;
using Platforma.Web.Portal.Ledger;
using Platforma.Web.Portal.Mail;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal;

public static class PortalServices
{
    /// <summary>Claims a gmina's session carries: which gmina issued it and what kind of user it is.</summary>
    public const string GminaClaim = "platforma:gmina";
    public const string KindClaim = "platforma:kind";
    public const string ResidentPolicy = "Resident";
    /// <summary>The resident policy of <c>/api/me</c>: the session cookie or a bearer token of the same gmina.</summary>
    public const string ResidentApiPolicy = "ResidentApi";
    public const string OfficeStaffPolicy = "OfficeStaff";

    /// <summary>Rate-limit policy of the forms that could be used to guess (activation codes) or to flood mailboxes.</summary>
    public const string GuardedFormsPolicy = "guarded-forms";

    /// <summary>Rate-limit policy of <c>POST /api/token</c>: password guessing across many accounts from one address.</summary>
    public const string TokenRequestsPolicy = "token-requests";

    /// <summary>
    /// ASP.NET Core Identity stored in the gmina's own schema. The session cookie is host-only and names its gmina;
    /// presented on another gmina's host it is rejected, even if somebody copies it there.
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration config)
    {
        services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = ""; // the user name is the e-mail, which has its own validation
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedEmail = true;
                o.Tokens.EmailConfirmationTokenProvider = ConfirmationLinkTokens.Name;
                o.Tokens.PasswordResetTokenProvider = ResetLinkTokens.Name;
            })
            .AddEntityFrameworkStores<TenantDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ConfirmationLinkTokens>(ConfirmationLinkTokens.Name)
            .AddTokenProvider<ResetLinkTokens>(ResetLinkTokens.Name)
            .AddErrorDescriber<PolishIdentityErrors>()
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
            // The API answers with status codes; only pages send a browser to the sign-in form.
            o.Events.OnRedirectToLogin = c => ApiAware(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiAware(c, StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "platforma.2fa";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(ResidentPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireClaim(KindClaim, nameof(PortalUserKind.Resident))
                .RequireClaim(ResidentLedgers.TaxpayerClaim))
            .AddPolicy(ResidentApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme)
                .RequireClaim(KindClaim, nameof(PortalUserKind.Resident))
                .RequireClaim(ResidentLedgers.TaxpayerClaim))
            .AddPolicy(OfficeStaffPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireClaim(KindClaim, nameof(PortalUserKind.OfficeStaff)));

        services.AddGuardedFormsRateLimit(config);
        services.AddSingleton(MailSender.Create);
        services.AddSingleton<PortalEmails>();
        services.AddSingleton(new InterestCalculator(InterestRateTable.Default));
        services.AddScoped<ResidentLedgers>();
        services.AddScoped<Audit.AuditLog>();
        services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapResidentApi();
        app.MapResidentTokens();
        app.MapPaymentQr();
        app.MapResidentDocuments();
        app.MapOpenApi().ForHost(HostKind.Tenant);
        return app;
    }

    /// <summary>
    /// POSTs of the guarded forms, per gmina and client address: <c>Portal:GuardedForms:PermitLimit</c> (10) attempts per
    /// <c>Portal:GuardedForms:WindowMinutes</c> (15). Refusals are logged with the gmina and the address, nothing typed.
    /// </summary>
    private static void AddGuardedFormsRateLimit(this IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue("Portal:GuardedForms:PermitLimit", 10);
        var window = TimeSpan.FromMinutes(config.GetValue("Portal:GuardedForms:WindowMinutes", 15));
        // Sign-ins are more frequent than activations and many phones share one carrier address: a looser limit, per
        // gmina and address; each account's own lockout (5 failures) stops guessing one password.
        var tokenPermits = config.GetValue("Portal:TokenRequests:PermitLimit", 30);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(TokenRequestsPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                $"{http.RequestServices.GetRequiredService<CurrentTenant>().Tenant?.Slug ?? "-"}|token|{ClientAddress(http)}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = tokenPermits, Window = window, QueueLimit = 0 }));
            o.AddPolicy(GuardedFormsPolicy, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("reading");
                var gmina = http.RequestServices.GetRequiredService<CurrentTenant>().Tenant?.Slug ?? "-";
                var key = $"{gmina}|{http.Request.Path.Value}|{ClientAddress(http)}";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Platforma.Portal.RateLimit")
                    .LogWarning("Too many attempts on {Path} of gmina {Gmina} from {Client}: refused",
                        http.Request.Path.Value, http.RequestServices.GetRequiredService<CurrentTenant>().Tenant?.Slug ?? "-",
                        ClientAddress(http));
                http.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem($"Z tego adresu było zbyt wiele prób w krótkim czasie. Spróbuj ponownie za {window.TotalMinutes:0} minut.",
                        statusCode: StatusCodes.Status429TooManyRequests, title: "Zbyt wiele prób").ExecuteAsync(http);
                    return;
                }
                await StatusPages.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Zbyt wiele prób",
                    $"Z Twojego adresu było zbyt wiele prób w krótkim czasie. Ze względów bezpieczeństwa spróbuj ponownie za {window.TotalMinutes:0} minut. "
                    + "Jeśli kod z decyzji nie działa, skontaktuj się z urzędem.");
            };
        });
    }

    private static string ClientAddress(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : IPAddress.None.ToString();

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

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

/// <summary>
/// Adds the gmina and the kind of user to the session, so the cookie can be checked against the host, and for a
/// resident the taxpayer whose ledger the session may read.
/// </summary>
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
        if (user is { Kind: PortalUserKind.Resident, TaxpayerId: { } taxpayer })
            identity.AddClaim(new Claim(ResidentLedgers.TaxpayerClaim, ResidentLedger.Id(taxpayer)));
        return identity;
    }
}
