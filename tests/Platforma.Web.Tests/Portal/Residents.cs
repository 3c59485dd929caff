using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Portal;

/// <summary>Residents with accounts, for tests about what comes after activation (activation itself is tested through HTTP).</summary>
public static class Residents
{
    public const string Password = "Haslo-Mieszkanca-2026";

    /// <summary>A confirmed resident account for the taxpayer, created directly through Identity.</summary>
    public static Task<string> CreateAccountAsync(PlatformHost host, SeededTaxpayer taxpayer, string? email = null) =>
        host.InGminaAsync(taxpayer.Slug, async services =>
        {
            email ??= $"podatnik{taxpayer.ExternalId}@example.pl";
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser
            {
                UserName = email, Email = email, EmailConfirmed = true, Kind = PortalUserKind.Resident, TaxpayerId = taxpayer.Id,
                DisplayName = taxpayer.Name, CreatedAt = host.Clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
            return email;
        });

    /// <summary>Signs in through the form and returns a client holding the session cookie of that gmina's host.</summary>
    public static async Task<HttpClient> SignInAsync(PlatformHost host, string slug, string email, string password = Password,
        CookieContainer? cookies = null)
    {
        var client = host.Client(slug, cookies);
        var response = await Forms.PostAsync(client, "/logowanie", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A seeded taxpayer with an account, signed in; <c>Cookie</c> is the session as a Cookie header value.</summary>
    public static async Task<(SeededTaxpayer Taxpayer, HttpClient Client, string Cookie)> SignedInAsync(PlatformHost host, string slug)
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, slug);
        var email = await CreateAccountAsync(host, taxpayer);
        var cookies = new CookieContainer();
        var client = await SignInAsync(host, slug, email, cookies: cookies);
        var session = cookies.GetCookies(host.Url(slug)).Single(c => c.Name == "platforma.sesja");
        return (taxpayer, client, $"{session.Name}={session.Value}");
    }
}
