using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Platforma.Data.Gmina;
using Platforma.Web.Tests.Infrastructure;
using static Platforma.Web.Tests.Portal.PortalTestKit;

namespace Platforma.Web.Tests.Portal;

/// <summary>
/// Bearer tokens of the resident API (for a mobile app), through real HTTP without cookies. Residents are seeded in gminy
/// whose import history the import tests do not count (the seeding records an import).
/// </summary>
public abstract class ApiTokensTests(PlatformHost host)
{
    [Fact]
    public async Task Read_the_residents_own_figures_with_a_token_on_its_own_gminas_host_only()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "ostrow-wielkopolski");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        using var app = host.Client("ostrow-wielkopolski", useCookies: false);

        var tokens = await IssueAsync(app, new { email, password = Residents.Password });
        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
        Assert.Equal(15 * 60, tokens.GetProperty("expiresIn").GetInt32());
        var access = tokens.GetProperty("accessToken").GetString()!;

        var statement = await GetAsync(app, "/api/me/statement", access);
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        var totals = (await statement.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totals");
        Assert.Equal(taxpayer.Statement(host.TodayInWarsaw()).TotalToPayToday, totals.GetProperty("toPayToday").GetDecimal());

        // The same token on another gmina's host reads nothing, even where a user of the same id could exist.
        using var elsewhere = host.Client("przykona", useCookies: false);
        foreach (var path in new[] { "/api/me", "/api/me/statement", "/api/me/payments", "/api/me/payment-instructions" })
        {
            var response = await GetAsync(elsewhere, path, access);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain(taxpayer.Name, await response.Content.ReadAsStringAsync());
        }
        // Pages keep to the session cookie (and its anti-forgery): a token does not open them.
        var page = await GetAsync(app, "/zobowiazania", access);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Refuse_a_wrong_password_an_unknown_email_and_office_staff_alike_then_lock_the_account()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "srem");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        var clerk = $"urzednik{Guid.NewGuid():N}@example.pl";
        await host.InGminaAsync("srem", async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = clerk, Email = clerk, EmailConfirmed = true, Kind = PortalUserKind.OfficeStaff, CreatedAt = host.Clock.GetUtcNow() };
            Assert.True((await users.CreateAsync(user, Residents.Password)).Succeeded);
            return 0;
        });
        using var app = host.Client("srem", useCookies: false);

        var wrongPassword = await ProblemAsync(app, new { email, password = "Zle-Haslo-0000" });
        var unknown = await ProblemAsync(app, new { email = "nikt-taki@example.pl", password = Residents.Password });
        var staff = await ProblemAsync(app, new { email = clerk, password = Residents.Password });
        Assert.Equal(wrongPassword, unknown);
        Assert.Equal(wrongPassword, staff);
        Assert.StartsWith("Nieprawidłowy e-mail lub hasło", wrongPassword);

        for (var i = 0; i < 3; i++) await ProblemAsync(app, new { email, password = "Zle-Haslo-0000" });
        var locked = await ProblemAsync(app, new { email, password = "Zle-Haslo-0000" }); // the fifth failure locks
        Assert.StartsWith("Konto jest czasowo zablokowane", locked);
        Assert.StartsWith("Konto jest czasowo zablokowane", await ProblemAsync(app, new { email, password = Residents.Password }));
    }

    [Fact]
    public async Task Refresh_tokens_until_the_password_changes_and_let_access_tokens_expire()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "lobzenica");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        using var app = host.Client("lobzenica", useCookies: false);
        var first = await IssueAsync(app, new { email, password = Residents.Password });

        var second = await RefreshAsync(app, first);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "/api/me", second.GetProperty("accessToken").GetString()!)).StatusCode);

        // On another gmina's host the refresh token is nothing, even where a resident with the same user id and security
        // stamp exists (without the gmina's seal, the stamp check alone would accept it there).
        var (id, stamp) = await host.InGminaAsync("lobzenica", async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            return (user.Id, (await users.GetSecurityStampAsync(user))!);
        });
        await host.InGminaAsync("skoki", async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var twin = $"blizniak{Guid.NewGuid():N}@example.pl";
            var user = new PortalUser { Id = id, UserName = twin, Email = twin, EmailConfirmed = true, Kind = PortalUserKind.Resident, CreatedAt = host.Clock.GetUtcNow() };
            Assert.True((await users.CreateAsync(user, Residents.Password)).Succeeded);
            user.SecurityStamp = stamp;
            var db = services.GetRequiredService<TenantDbContext>();
            db.Users.Update(user);
            await db.SaveChangesAsync();
            return 0;
        });
        using var elsewhere = host.Client("skoki", useCookies: false);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await elsewhere.PostAsJsonAsync("/api/token/refresh", new { refreshToken = second.GetProperty("refreshToken").GetString() })).StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(app, "/api/me", second.GetProperty("accessToken").GetString()!)).StatusCode);
        var third = await RefreshAsync(app, second); // the access token expired; the refresh token has not

        await host.InGminaAsync("lobzenica", async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.True((await users.ChangePasswordAsync(user, Residents.Password, "Nowe-Haslo-2026-xyz")).Succeeded);
            return 0;
        });
        var afterChange = await app.PostAsJsonAsync("/api/token/refresh", new { refreshToken = third.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, afterChange.StatusCode);
        Assert.Contains("Zaloguj się ponownie", await afterChange.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_out_every_device_by_revoking()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "ostrow-wielkopolski");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        using var phone = host.Client("ostrow-wielkopolski", useCookies: false);
        var onPhone = await IssueAsync(phone, new { email, password = Residents.Password });
        var onTablet = await IssueAsync(phone, new { email, password = Residents.Password });

        var revoke = new HttpRequestMessage(HttpMethod.Post, "/api/token/revoke");
        revoke.Headers.Authorization = new AuthenticationHeaderValue("Bearer", onPhone.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await phone.SendAsync(revoke)).StatusCode);

        foreach (var tokens in new[] { onPhone, onTablet })
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await phone.PostAsJsonAsync("/api/token/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() })).StatusCode);
        using var anonymous = host.Client("ostrow-wielkopolski", useCookies: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/token/revoke", null)).StatusCode);
    }

    [Fact]
    public async Task Slow_down_password_guessing_across_accounts_from_one_address()
    {
        using var app = host.Client("steszew", useCookies: false);
        for (var i = 0; i < 30; i++)
            await ProblemAsync(app, new { email = $"zgadywany{i}@example.pl", password = "Haslo-0000-0000" });

        var refused = await app.PostAsJsonAsync("/api/token", new { email = "zgadywany30@example.pl", password = "Haslo-0000-0000" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        // Another gmina is another budget.
        using var other = host.Client("lubon", useCookies: false);
        await ProblemAsync(other, new { email = "zgadywany@example.pl", password = "Haslo-0000-0000" });
    }

    [Fact]
    public async Task Ask_for_the_authenticator_code_when_the_account_has_one()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "srem");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        var key = await host.InGminaAsync("srem", async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        using var app = host.Client("srem", useCookies: false);

        Assert.Contains("twoFactorCode", await ProblemAsync(app, new { email, password = Residents.Password }));
        Assert.Equal("Nieprawidłowy kod weryfikacji dwuetapowej.",
            await ProblemAsync(app, new { email, password = Residents.Password, twoFactorCode = "000000" }));
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        var tokens = await IssueAsync(app, new { email, password = Residents.Password, twoFactorCode = code });
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "/api/me", tokens.GetProperty("accessToken").GetString()!)).StatusCode);
    }

    private static async Task<JsonElement> IssueAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/token", request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> RefreshAsync(HttpClient client, JsonElement tokens)
    {
        var response = await client.PostAsJsonAsync("/api/token/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> ProblemAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/token", request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.SendAsync(request);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApiTokensOnSqlite(SqliteHost host) : ApiTokensTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ApiTokensOnPostgres(PostgresHost host) : ApiTokensTests(host);
