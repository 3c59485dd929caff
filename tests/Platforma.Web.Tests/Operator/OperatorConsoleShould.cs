using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Web.Operator;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Operator;

[Collection(SqliteCollection.Name)]
public sealed class OperatorConsoleShould(SqliteHost host)
{
    private const string Password = "Haslo-Operatora-123";

    [Fact]
    public async Task List_every_gmina_with_state_and_schema_version_after_sign_in()
    {
        using var admin = await SignedInOperatorAsync("lista@operator.test");
        var html = await admin.GetStringAsync("/");
        Assert.Matches(@"2\d gmin w katalogu", html);
        Assert.Contains("href=\"/gminy/mosina\"", html);
        Assert.Matches(@"\d{14}_[A-Z]\w+", html);
    }

    [Fact]
    public async Task Suspend_and_resume_a_gmina_from_the_console()
    {
        using var admin = await SignedInOperatorAsync("zawieszanie@operator.test");
        var suspend = await Forms.PostAsync(admin, "/", new Dictionary<string, string>(), action: "/?handler=Suspend&slug=drawsko");
        Assert.Equal(HttpStatusCode.Redirect, suspend.StatusCode);
        try
        {
            using var portal = host.Client("drawsko");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await portal.GetAsync("/")).StatusCode);
            Assert.Contains("Portal gminy drawsko został zawieszony", await admin.GetStringAsync("/"));
        }
        finally
        {
            var resume = await Forms.PostAsync(admin, "/", new Dictionary<string, string>(), action: "/?handler=Resume&slug=drawsko");
            Assert.Equal(HttpStatusCode.Redirect, resume.StatusCode);
        }
        using var again = host.Client("drawsko");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Refuse_a_colour_white_text_cannot_be_read_on_and_keep_what_was_typed()
    {
        using var admin = await SignedInOperatorAsync("kolor@operator.test");
        var response = await Forms.PostAsync(admin, "/gminy/jaraczewo", new Dictionary<string, string> { ["Branding.PrimaryColor"] = "#ffd700" },
            action: "/gminy/jaraczewo?handler=Branding");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("potrzeba co najmniej 4,5:1", html);
        Assert.Contains("value=\"#ffd700\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        using var portal = host.Client("jaraczewo");
        Assert.DoesNotContain("ffd700", await portal.GetStringAsync("/theme.css"));
    }

    [Fact]
    public async Task Rebrand_a_gmina_at_run_time()
    {
        using var admin = await SignedInOperatorAsync("branding@operator.test");
        using var portal = host.Client("czerniejewo");
        var original = (await portal.GetStringAsync("/theme.css")).Split(':')[2].TrimEnd(';', '}', '\n');
        try
        {
            var response = await Forms.PostAsync(admin, "/gminy/czerniejewo", new Dictionary<string, string> { ["Branding.PrimaryColor"] = "#123456" },
                action: "/gminy/czerniejewo?handler=Branding");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("--brand:#123456", await portal.GetStringAsync("/theme.css"));
        }
        finally
        {
            await Forms.PostAsync(admin, "/gminy/czerniejewo", new Dictionary<string, string> { ["Branding.PrimaryColor"] = original },
                action: "/gminy/czerniejewo?handler=Branding");
        }
    }

    [Fact]
    public async Task Add_a_gmina_whose_portal_works_at_once()
    {
        using var admin = await SignedInOperatorAsync("dodawanie@operator.test");
        var response = await Forms.PostAsync(admin, "/gminy/nowa", new Dictionary<string, string>
        {
            ["Input.Slug"] = "nowa-wies", ["Input.Name"] = "Gmina Nowa Wieś Testowa", ["Input.ShortName"] = "Nowa Wieś", ["Input.PrimaryColor"] = "#2e4a1e",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/gminy/nowa-wies", response.Headers.Location!.OriginalString);
        Assert.Contains("jej portal już działa", await admin.GetStringAsync("/gminy/nowa-wies"));

        using var portal = host.Client("nowa-wies");
        Assert.Contains("Portal mieszkańca — Gmina Nowa Wieś Testowa", await portal.GetStringAsync("/"));
        Assert.Contains("Herb zastępczy – Gmina Nowa Wieś Testowa", System.Text.Encoding.UTF8.GetString(await portal.GetByteArrayAsync("/herb")));
        using var directory = host.Client(null);
        Assert.Contains("Gmina Nowa Wieś Testowa", await directory.GetStringAsync("/"));
    }

    [Theory]
    [InlineData("admin", "jest zarezerwowany")]
    [InlineData("mosina", "już jest w katalogu")]
    [InlineData("Zła Nazwa", "tylko małe litery")]
    public async Task Refuse_a_gmina_address_that_cannot_be_used_and_keep_the_form(string slug, string message)
    {
        using var admin = await SignedInOperatorAsync($"odmowa-{Guid.NewGuid():N}@operator.test");
        var response = await Forms.PostAsync(admin, "/gminy/nowa", new Dictionary<string, string>
        {
            ["Input.Slug"] = slug, ["Input.Name"] = "Gmina Próbna", ["Input.ShortName"] = "Próbna", ["Input.PrimaryColor"] = "#2e4a1e",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains("value=\"Gmina Próbna\"", html);
    }

    [Fact]
    public async Task Open_the_job_dashboard_only_to_a_signed_in_operator()
    {
        using var anonymous = host.Client("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/hangfire")).StatusCode);
        using var admin = await SignedInOperatorAsync("hangfire@operator.test");
        var dashboard = await admin.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("tenant-check:", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Refuse_the_operator_cookie_on_a_gminas_host()
    {
        using var _ = await SignedInOperatorAsync("cookie@operator.test");
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("admin", "/", OperatorCookie!)).StatusCode);
        var onGmina = await GetWithCookieAsync("mosina", "/konto", OperatorCookie!);
        Assert.Equal(HttpStatusCode.Redirect, onGmina.StatusCode);
        Assert.StartsWith("/logowanie", onGmina.Headers.Location!.PathAndQuery);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string slug, string path, string cookie)
    {
        using var client = host.Client(slug, useCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Lock_an_operator_out_after_five_wrong_passwords()
    {
        await CreateOperatorAsync("blokada@operator.test");
        using var admin = host.Client("admin");
        for (var i = 0; i < 5; i++)
            await Forms.PostAsync(admin, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = "blokada@operator.test", ["Input.Password"] = "zle-haslo-" + i });
        var right = await Forms.PostAsync(admin, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = "blokada@operator.test", ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode); // the form again, not a redirect into the console
        Assert.Contains("Nieprawidłowy e-mail lub hasło", await right.Content.ReadAsStringAsync());
    }

    private string? OperatorCookie { get; set; }

    private async Task CreateOperatorAsync(string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateAsync(email, Password, default);
    }

    private async Task<HttpClient> SignedInOperatorAsync(string email)
    {
        await CreateOperatorAsync(email);
        var cookies = new CookieContainer();
        var admin = host.Client("admin", cookies);
        var response = await Forms.PostAsync(admin, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        OperatorCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("platforma.operator=", StringComparison.Ordinal)).Split(';')[0];
        return admin;
    }
}
