using System.Net;
using System.Text.RegularExpressions;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Portal;

/// <summary>Every resident page: a CSP without inline script or style that the markup honours, no framing, and anti-forgery on every form.</summary>
public abstract class FormsAndHeadersTests(PlatformHost host)
{
    private static readonly string[] AnonymousPages =
    [
        "/", "/aktywacja", "/aktywacja/wyslano", "/aktywacja/wyslij-ponownie", "/aktywacja/potwierdz?u=x&t=y", "/logowanie",
        "/haslo/przypomnij", "/haslo/ustaw?u=x&t=y", "/deklaracja-dostepnosci",
    ];

    private static readonly string[] ResidentPages =
    [
        "/", "/zobowiazania", "/zobowiazania/2026/pn", "/zobowiazania/2026/od", "/wplaty", "/jak-zaplacic", "/dokumenty", "/konto",
        "/konto/haslo", "/konto/weryfikacja-dwuetapowa", "/deklaracja-dostepnosci",
    ];

    [Fact]
    public async Task Serve_every_page_with_a_strict_csp_no_inline_script_or_style_and_a_token_in_every_form()
    {
        var (_, resident, _) = await Residents.SignedInAsync(host, "miejska-gorka");
        using var anonymous = host.Client("miejska-gorka");
        foreach (var (client, path) in AnonymousPages.Select(p => (anonymous, p)).Concat(ResidentPages.Select(p => (resident, p))))
        {
            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.DoesNotMatch("<script", html);
            Assert.DoesNotMatch("<style|\\sstyle=", html);
            foreach (Match form in Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline))
                Assert.Contains("name=\"__RequestVerificationToken\"", form.Value);
            Assert.Contains("<a class=\"skip-link\" href=\"#tresc\">", html);
            Assert.Contains("<main id=\"tresc\"", html);
        }
    }

    [Theory]
    [InlineData("/aktywacja")]
    [InlineData("/logowanie")]
    [InlineData("/haslo/przypomnij")]
    [InlineData("/aktywacja/wyslij-ponownie")]
    [InlineData("/konto/haslo")]
    [InlineData("/konto/weryfikacja-dwuetapowa?handler=Enable")]
    [InlineData("/wyloguj")]
    public async Task Refuse_a_post_without_the_anti_forgery_token(string path)
    {
        var (_, client, _) = await Residents.SignedInAsync(host, "miejska-gorka");
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@example.pl" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FormsAndHeadersOnSqlite(SqliteHost host) : FormsAndHeadersTests(host);
