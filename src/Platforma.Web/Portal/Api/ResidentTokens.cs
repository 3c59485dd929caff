using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platforma.Data.Gmina;
using Platforma.Web.Portal.Accounts;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Api;

/// <summary>
/// Bearer tokens for <c>/api/me</c>, for a mobile app that cannot keep the session cookie: a resident trades e-mail and
/// password (and the authenticator code when the account has one) for a short-lived access token and a refresh token.
/// Both are sealed for the gmina whose host issued them (<see cref="GminaTicketFormat"/>), so on another gmina's host
/// they are unreadable. A password change or a new authenticator changes the security stamp and ends every refresh.
/// </summary>
public static class ResidentTokens
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);

    private const string WrongCredentials = "Nieprawidłowy e-mail lub hasło (albo konto nie jest jeszcze potwierdzone).";

    public static AuthenticationBuilder AddResidentBearerTokens(this AuthenticationBuilder builder)
    {
        builder.AddBearerToken(IdentityConstants.BearerScheme, o =>
        {
            o.BearerTokenExpiration = AccessTokenLifetime;
            o.RefreshTokenExpiration = RefreshTokenLifetime;
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .Configure<IDataProtectionProvider, IHttpContextAccessor>((o, protection, http) =>
            {
                o.BearerTokenProtector = new GminaTicketFormat(protection, http, "access");
                o.RefreshTokenProtector = new GminaTicketFormat(protection, http, "refresh");
            });
        return builder;
    }

    public static IEndpointRouteBuilder MapResidentTokens(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/token").ForHost(HostKind.Tenant).WithTags("Mieszkaniec");
        tokens.MapPost("/", IssueAsync).AllowAnonymous().RequireRateLimiting(PortalServices.TokenRequestsPolicy)
            .WithSummary("Token dostępu (15 min) i token odświeżania (14 dni) za e-mail i hasło; przy weryfikacji dwuetapowej także kod z aplikacji albo kod zapasowy.");
        tokens.MapPost("/refresh", RefreshAsync).AllowAnonymous()
            .WithSummary("Nowa para tokenów za ważny token odświeżania; zmiana hasła lub weryfikacji dwuetapowej unieważnia tokeny odświeżania.");
        tokens.MapPost("/revoke", RevokeAsync).RequireAuthorization(PortalServices.ResidentApiPolicy)
            .WithSummary("Wylogowanie ze wszystkich urządzeń: unieważnia wszystkie tokeny odświeżania konta (tokeny dostępu wygasają w ciągu 15 min).");
        return app;
    }

    /// <param name="Email">E-mail of the resident's account in this gmina.</param>
    /// <param name="Password">The account's password.</param>
    /// <param name="TwoFactorCode">The 6-digit code of the authenticator app, when the account uses one.</param>
    /// <param name="RecoveryCode">Or one of the account's recovery codes instead.</param>
    public sealed record TokenRequest(string Email, string Password, string? TwoFactorCode = null, string? RecoveryCode = null);

    public sealed record RefreshRequest(string RefreshToken);

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueAsync(TokenRequest request, UserManager<PortalUser> users,
        SignInManager<PortalUser> signIn, CurrentTenant current, ILoggerFactory logs)
    {
        var log = logs.CreateLogger("Platforma.Portal.Tokens");
        // Only residents read /api/me; office staff sign in on the pages. Same answer as a wrong password.
        var user = string.IsNullOrWhiteSpace(request.Email) ? null : await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || user.Kind != PortalUserKind.Resident || string.IsNullOrEmpty(request.Password))
        {
            SignInGuards.SpendPasswordCheck(users, request.Password);
            log.LogInformation("Token refused in gmina {Gmina}: no resident account with that e-mail or no password", current.Required.Slug);
            return Unauthorized(WrongCredentials);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme; // a successful sign-in writes the tokens as JSON
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        var secondStep = result.RequiresTwoFactor; // the password was right; what follows is about the code
        if (secondStep)
        {
            if (request.TwoFactorCode is { Length: > 0 } code)
                result = await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace(" ", ""), isPersistent: false, rememberClient: false);
            else if (request.RecoveryCode is { Length: > 0 } recovery)
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(recovery.Replace(" ", ""));
            else
                return Unauthorized("Konto ma weryfikację dwuetapową: podaj też twoFactorCode (kod z aplikacji) albo recoveryCode.");
        }
        if (result.Succeeded)
        {
            log.LogInformation("Token issued in gmina {Gmina} to user {UserId}", current.Required.Slug, user.Id);
            return TypedResults.Empty;
        }
        if (result.IsLockedOut)
        {
            log.LogWarning("Token refused in gmina {Gmina}: user {UserId} is locked out", current.Required.Slug, user.Id);
            return Unauthorized(SignInGuards.LockedOut);
        }
        log.LogInformation("Token refused in gmina {Gmina} for user {UserId}: {Result}", current.Required.Slug, user.Id, result);
        return Unauthorized(secondStep ? "Nieprawidłowy kod weryfikacji dwuetapowej." : WrongCredentials);
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> RefreshAsync(RefreshRequest request,
        IOptionsMonitor<BearerTokenOptions> options, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TimeProvider time)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || user.Kind != PortalUserKind.Resident || await users.IsLockedOutAsync(user))
            return Unauthorized("Token odświeżania jest nieważny albo wygasł. Zaloguj się ponownie.");

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
    }

    public static async Task<NoContent> RevokeAsync(UserManager<PortalUser> users, HttpContext http, CurrentTenant current, ILoggerFactory logs)
    {
        // The resident policy has already checked the gmina and the kind of user; a user removed since gets nothing to do.
        if (await users.GetUserAsync(http.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logs.CreateLogger("Platforma.Portal.Tokens").LogInformation("Tokens revoked in gmina {Gmina} by user {UserId}", current.Required.Slug, user.Id);
        }
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Brak dostępu");
}

/// <summary>
/// Seals bearer and refresh tokens with a Data Protection purpose that names the gmina of the current host: a token
/// issued on one gmina's host does not decrypt on another's, and a ticket whose gmina claim differs is refused too.
/// </summary>
public sealed class GminaTicketFormat(IDataProtectionProvider protection, IHttpContextAccessor http, string kind)
    : ISecureDataFormat<AuthenticationTicket>
{
    public string Protect(AuthenticationTicket data) => Protect(data, null);

    public string Protect(AuthenticationTicket data, string? purpose) =>
        For(Gmina() ?? throw new InvalidOperationException("Tokens are issued only on a gmina's host")).Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (Gmina() is not { } gmina) return null;
        var ticket = For(gmina).Unprotect(protectedText, purpose);
        return ticket?.Principal.FindFirst(PortalServices.GminaClaim)?.Value == gmina ? ticket : null;
    }

    private string? Gmina() => http.HttpContext?.RequestServices.GetRequiredService<CurrentTenant>().Tenant?.Slug;

    // Every API request with a token unprotects it: one format per gmina, made once.
    private readonly ConcurrentDictionary<string, TicketDataFormat> _formats = new();

    private TicketDataFormat For(string gmina) =>
        _formats.GetOrAdd(gmina, g => new TicketDataFormat(protection.CreateProtector("Platforma.Portal.BearerToken", kind, g)));
}
