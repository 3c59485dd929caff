using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Platforma.Web.Portal.Accounts;
using Platforma.Web.Tests.Infrastructure;
using static Platforma.Web.Tests.Portal.PortalTestKit;

namespace Platforma.Web.Tests.Portal;

/// <summary>Password reset, lockout and the authenticator second factor, through real HTTP.</summary>
public abstract class AccountSecurityTests(PlatformHost host)
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task Sign_out_with_the_button_in_the_menu()
    {
        var (_, client, _) = await Residents.SignedInAsync(host, "jaraczewo");
        var signOut = await Forms.PostAsync(client, "/zobowiazania", new Dictionary<string, string>(), "/wyloguj");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.GetAsync("/zobowiazania");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/logowanie", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Set_a_new_password_with_the_emailed_link_which_works_once()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "jaraczewo");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        using var client = host.Client("jaraczewo");
        var request = await Forms.PostAsync(client, "/haslo/przypomnij", new Dictionary<string, string> { ["Input.Email"] = email.ToUpperInvariant() });
        Assert.Contains("Jeśli w tym portalu jest konto z tym adresem", Text(await request.Content.ReadAsStringAsync()));

        var link = Mailbox.LinkTo(host, "jaraczewo", email, "/haslo/ustaw");
        const string newPassword = "Nowe-Haslo-2026xyz";
        var set = await Forms.PostAsync(client, link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/logowanie?haslo=ustawione", set.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(host.Client("jaraczewo"), "/logowanie", Credentials(email, newPassword))).StatusCode);

        var again = await client.GetStringAsync(link.PathAndQuery);
        Assert.Contains(ResetPasswordModel.LinkExpired, Text(again));
        Assert.DoesNotContain("name=\"Input.Password\"", again);
    }

    [Fact]
    public async Task Say_the_same_for_an_unknown_address_and_send_nothing()
    {
        using var client = host.Client("jaraczewo");
        var response = await Forms.PostAsync(client, "/haslo/przypomnij", new Dictionary<string, string> { ["Input.Email"] = "nikt@example.pl" });
        Assert.Contains("Jeśli w tym portalu jest konto z tym adresem", Text(await response.Content.ReadAsStringAsync()));
        Assert.Empty(Mailbox.MessagesTo(host, "jaraczewo", "nikt@example.pl"));
    }

    [Fact]
    public async Task Refuse_a_reset_link_older_than_two_hours()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "chodziez");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        using var client = host.Client("chodziez");
        await Forms.PostAsync(client, "/haslo/przypomnij", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = Mailbox.LinkTo(host, "chodziez", email, "/haslo/ustaw");

        host.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var expired = await client.GetStringAsync(link.PathAndQuery);
        Assert.Contains(ResetPasswordModel.LinkExpired, Text(expired));
        Assert.Contains("href=\"/haslo/przypomnij\"", expired);
    }

    [Fact]
    public async Task Lock_an_account_after_five_wrong_passwords_and_keep_the_typed_email()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "czerniejewo");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        using var client = host.Client("czerniejewo");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Forms.PostAsync(client, "/logowanie", Credentials(email, "Zle-Haslo-12345"));
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Equal(email, InputValue(html, "Input.Email"));
            Assert.Null(InputValue(html, "Input.Password"));
        }
        var locked = await Forms.PostAsync(client, "/logowanie", Credentials(email, Residents.Password));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.StartsWith("Konto jest czasowo zablokowane", FieldError(await locked.Content.ReadAsStringAsync(), "Input.Email"));
    }

    [Fact]
    public async Task Turn_on_an_authenticator_app_and_then_ask_for_its_code_at_sign_in()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "drawsko");
        var email = await Residents.CreateAccountAsync(host, taxpayer);
        using var client = await Residents.SignInAsync(host, "drawsko", email);

        var setup = await client.GetStringAsync("/konto/weryfikacja-dwuetapowa");
        var key = Regex.Match(setup, "<code class=\"key\">([^<]+)</code>").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var qr = await client.GetByteArrayAsync("/konto/weryfikacja-dwuetapowa?handler=Qr");
        Assert.Contains($"secret={key}", QrCodes.Decode(qr));
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var wrong = await Forms.PostAsync(client, "/konto/weryfikacja-dwuetapowa", new Dictionary<string, string> { ["Input.Code"] = "000000" },
            "/konto/weryfikacja-dwuetapowa?handler=Enable");
        Assert.StartsWith("Ten kod nie pasuje", FieldError(await wrong.Content.ReadAsStringAsync(), "Input.Code"));
        var enabled = await Forms.PostAsync(client, "/konto/weryfikacja-dwuetapowa", new Dictionary<string, string> { ["Input.Code"] = totp.ComputeTotp() },
            "/konto/weryfikacja-dwuetapowa?handler=Enable");
        var enabledHtml = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Weryfikacja dwuetapowa jest włączona.", Text(enabledHtml));
        var recoveryCodes = Regex.Matches(enabledHtml, "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        using var phone = host.Client("drawsko");
        var password = await Forms.PostAsync(phone, "/logowanie", Credentials(email, Residents.Password));
        Assert.Equal("/logowanie/kod", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/zobowiazania")).StatusCode); // not signed in yet
        var badCode = await Forms.PostAsync(phone, "/logowanie/kod", new Dictionary<string, string> { ["Input.Code"] = "123456" });
        Assert.StartsWith("Nieprawidłowy kod", FieldError(await badCode.Content.ReadAsStringAsync(), "Input.Code"));
        var recovery = await Forms.PostAsync(phone, "/logowanie/kod", new Dictionary<string, string> { ["Input.Code"] = recoveryCodes[0] });
        Assert.Equal("/zobowiazania", recovery.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/zobowiazania")).StatusCode);

        // Turning it off needs the password, not just an open session.
        var refused = await Forms.PostAsync(phone, "/konto/weryfikacja-dwuetapowa", new Dictionary<string, string> { ["DisablePassword"] = "zgadywane" },
            "/konto/weryfikacja-dwuetapowa?handler=Disable");
        Assert.StartsWith("Podaj swoje obecne hasło", FieldError(await refused.Content.ReadAsStringAsync(), "DisablePassword"));
        var disabled = await Forms.PostAsync(phone, "/konto/weryfikacja-dwuetapowa", new Dictionary<string, string> { ["DisablePassword"] = Residents.Password },
            "/konto/weryfikacja-dwuetapowa?handler=Disable");
        Assert.Contains("Weryfikacja dwuetapowa jest wyłączona.", Text(await disabled.Content.ReadAsStringAsync()));
        using var later = host.Client("drawsko");
        Assert.Equal("/zobowiazania", (await Forms.PostAsync(later, "/logowanie", Credentials(email, Residents.Password))).Headers.Location!.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountSecurityOnSqlite(SqliteHost host) : AccountSecurityTests(host);

[Collection(PostgresCollection.Name)]
public sealed class AccountSecurityOnPostgres(PostgresHost host) : AccountSecurityTests(host);
