using System.Net;
using System.Text.RegularExpressions;
using Platforma.Domain;
using Platforma.Web.Portal.Accounts;
using Platforma.Web.Tests.Infrastructure;
using static Platforma.Web.Tests.Portal.PortalTestKit;

namespace Platforma.Web.Tests.Portal;

/// <summary>Opening an account with the code from the decision, through real HTTP, and every way it can go wrong.</summary>
public abstract class ActivationTests(PlatformHost host)
{
    private static Dictionary<string, string> Fields(string code, string identifier, string email, string password = Residents.Password) => new()
    {
        ["Input.Code"] = code,
        ["Input.Identifier"] = identifier,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task Open_an_account_with_code_and_pesel_confirm_the_email_and_land_on_the_liabilities()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "mosina", "Zofia Żółkiewska");
        using var client = host.Client("mosina");
        var email = $"zofia{taxpayer.ExternalId}@example.pl";

        // The code as people type it: lower case, spaces instead of dashes.
        var activation = await Forms.PostAsync(client, "/aktywacja", Fields(taxpayer.ActivationCode.ToLowerInvariant().Replace('-', ' '), taxpayer.Pesel!, email));
        Assert.Equal(HttpStatusCode.Redirect, activation.StatusCode);
        Assert.Equal("/aktywacja/wyslano", activation.Headers.Location!.OriginalString);

        var early = await Forms.PostAsync(client, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Residents.Password });
        Assert.Contains("potwierdź adres e-mail", Text(await early.Content.ReadAsStringAsync()));

        var link = Mailbox.LinkTo(host, "mosina", email, "/aktywacja/potwierdz");
        Assert.Equal($"mosina.localhost:{host.Port}", link.Authority);
        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Adres e-mail potwierdzony", await confirmed.Content.ReadAsStringAsync());

        var signIn = await Forms.PostAsync(client, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Residents.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/zobowiazania", signIn.Headers.Location!.OriginalString);
        var dashboard = Text(await client.GetStringAsync("/zobowiazania"));
        Assert.Contains("Zofia Żółkiewska", dashboard);
        Assert.Contains(Money(taxpayer.Statement(host.TodayInWarsaw()).TotalToPayToday), dashboard);
    }

    [Fact]
    public async Task Keep_the_same_email_in_two_gminy_as_two_separate_accounts()
    {
        var inPrzykona = await TestLedger.AddPersonAsync(host, "przykona", $"Jan Przykoński {Guid.NewGuid():N}");
        var inBrudzew = await TestLedger.AddPersonAsync(host, "brudzew", $"Jan Brudzewski {Guid.NewGuid():N}");
        var email = $"jan{inPrzykona.ExternalId}@example.pl";
        foreach (var (taxpayer, slug) in new[] { (inPrzykona, "przykona"), (inBrudzew, "brudzew") })
        {
            using var client = host.Client(slug);
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, "/aktywacja", Fields(taxpayer.ActivationCode, taxpayer.Pesel!, email))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Mailbox.LinkTo(host, slug, email, "/aktywacja/potwierdz").PathAndQuery)).StatusCode);
        }
        using var przykona = await Residents.SignInAsync(host, "przykona", email);
        using var brudzew = await Residents.SignInAsync(host, "brudzew", email);
        var first = await przykona.GetStringAsync("/konto");
        var second = await brudzew.GetStringAsync("/konto");
        Assert.Contains(inPrzykona.Name, first);
        Assert.DoesNotContain(inBrudzew.Name, first);
        Assert.Contains(inBrudzew.Name, second);
        Assert.DoesNotContain(inPrzykona.Name, second);
    }

    [Fact]
    public async Task Log_activations_and_refusals_with_the_gmina_but_never_the_pesel()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "krzyz-wielkopolski");
        using var client = host.Client("krzyz-wielkopolski");
        await Forms.PostAsync(client, "/aktywacja", Fields("ZZZZ-0000-ZZZZ", taxpayer.Pesel!, "ktos@example.pl"));
        await Forms.PostAsync(client, "/aktywacja", Fields(taxpayer.ActivationCode, taxpayer.Pesel!, $"k{taxpayer.ExternalId}@example.pl"));
        await Forms.PostAsync(client, "/aktywacja", Fields(taxpayer.ActivationCode, taxpayer.Pesel!, $"l{taxpayer.ExternalId}@example.pl"));

        var events = host.Log.Events.Where(e => e.Contains("krzyz-wielkopolski")).ToList();
        Assert.Contains(events, e => e.StartsWith("Activation refused in gmina \"krzyz-wielkopolski\"") && e.Contains("do not match"));
        Assert.Contains(events, e => e.StartsWith("Account activated in gmina \"krzyz-wielkopolski\""));
        Assert.Contains(events, e => e.Contains("already has an account"));
        Assert.DoesNotContain(host.Log.Events, e => e.Contains(taxpayer.Pesel!) || e.Contains(taxpayer.ActivationCode));
    }

    [Fact]
    public async Task Open_an_account_of_an_organisation_with_its_nip_written_with_dashes()
    {
        var taxpayer = await TestLedger.AddOrganisationAsync(host, "srem");
        using var client = host.Client("srem");
        var nip = $"{taxpayer.Nip![..3]}-{taxpayer.Nip[3..6]}-{taxpayer.Nip[6..8]}-{taxpayer.Nip[8..]}";
        var response = await Forms.PostAsync(client, "/aktywacja", Fields(taxpayer.ActivationCode, nip, $"biuro{taxpayer.ExternalId}@example.pl"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Answer_a_wrong_code_or_another_persons_pesel_with_one_message_that_reveals_nothing()
    {
        var anna = await TestLedger.AddPersonAsync(host, "kostrzyn");
        var other = await TestLedger.AddPersonAsync(host, "kostrzyn");
        var nobody = Pesel.Generate(new DateOnly(1980, 6, 1), Sex.Male, 4321).Value;
        using var client = host.Client("kostrzyn");

        var attempts = new[]
        {
            Fields("ZZZZ-0000-ZZZZ", anna.Pesel!, "anna@example.pl"),          // wrong code, a PESEL the gmina knows
            Fields(anna.ActivationCode, other.Pesel!, "anna@example.pl"),      // right code, another taxpayer's PESEL
            Fields(anna.ActivationCode, nobody, "anna@example.pl"),            // right code, a PESEL nobody has
        };
        var summaries = new List<string>();
        foreach (var fields in attempts)
        {
            var response = await Forms.PostAsync(client, "/aktywacja", fields);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(ActivationModel.WrongPair, FieldError(html, "Input.Code"));
            Assert.Equal("", FieldError(html, "Input.Identifier"));
            Assert.Equal(fields["Input.Code"], InputValue(html, "Input.Code"));
            Assert.Equal(fields["Input.Identifier"], InputValue(html, "Input.Identifier"));
            Assert.Equal("anna@example.pl", InputValue(html, "Input.Email"));
            Assert.DoesNotContain(Residents.Password, html);
            summaries.Add(Regex.Match(html, "<div class=\"error-summary\".*?</div>", RegexOptions.Singleline).Value);
        }
        Assert.Single(summaries.Distinct());
    }

    [Theory]
    [InlineData("44051401358", "PESEL ma błędną cyfrę kontrolną")]
    [InlineData("02381307589", "PESEL zawiera datę urodzenia, która nie istnieje")]
    [InlineData("8567346216", "NIP ma błędną cyfrę kontrolną")]
    [InlineData("12345", "Podaj PESEL (11 cyfr) albo NIP (10 cyfr) — wpisano 5 cyfr")]
    [InlineData("4405140135x", "PESEL może zawierać tylko cyfry")]
    [InlineData("abc", "PESEL i NIP składają się tylko z cyfr")]
    public async Task Explain_an_invalid_pesel_or_nip_next_to_the_field_and_keep_what_was_typed(string typed, string message)
    {
        using var client = host.Client("czempin");
        var response = await Forms.PostAsync(client, "/aktywacja", Fields("ABCD-1234-EFGH", typed, "jan@example.pl"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(message, FieldError(html, "Input.Identifier"));
        Assert.Equal(typed, InputValue(html, "Input.Identifier"));
        Assert.Contains("aria-invalid=\"true\"", Regex.Match(html, "<input[^>]*name=\"Input.Identifier\"[^>]*>").Value);
        Assert.Contains("href=\"#Input_Identifier\"", html); // the summary names the field and links to it
        Assert.Null(InputValue(html, "Input.Password"));
    }

    [Fact]
    public async Task Refuse_an_already_used_code_and_point_to_sign_in_or_password_recovery()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "steszew");
        using var client = host.Client("steszew");
        var first = await Forms.PostAsync(client, "/aktywacja", Fields(taxpayer.ActivationCode, taxpayer.Pesel!, $"a{taxpayer.ExternalId}@example.pl"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var again = await Forms.PostAsync(client, "/aktywacja", Fields(taxpayer.ActivationCode, taxpayer.Pesel!, $"b{taxpayer.ExternalId}@example.pl"));
        var html = await again.Content.ReadAsStringAsync();
        Assert.Equal(ActivationModel.AlreadyActivated, FieldError(html, "Input.Code"));
        Assert.Contains("href=\"/haslo/przypomnij\"", html);
    }

    [Fact]
    public async Task Refuse_script_bearing_and_overlong_input_with_a_message_and_echo_it_harmlessly()
    {
        using var client = host.Client("czempin");
        const string script = "<script>alert('x')</script>";
        var response = await Forms.PostAsync(client, "/aktywacja", Fields(script, "44051401359", new string('a', 250) + "@example.pl"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Kod aktywacyjny składa się tylko z liter i cyfr — przepisz go z decyzji.", FieldError(html, "Input.Code"));
        Assert.Equal(script, InputValue(html, "Input.Code"));
        Assert.DoesNotContain(script, html);
        Assert.StartsWith("Adres e-mail jest za długi", FieldError(html, "Input.Email"));

        var longCode = await Forms.PostAsync(client, "/aktywacja", Fields(new string('A', 41), "44051401359", "jan@example.pl"));
        Assert.Equal("Kod aktywacyjny ma najwyżej 40 znaków — przepisz go z decyzji.", FieldError(await longCode.Content.ReadAsStringAsync(), "Input.Code"));
    }

    [Fact]
    public async Task Limit_activation_attempts_per_gmina_and_address()
    {
        using var client = host.Client("lubasz");
        for (var i = 0; i < 10; i++)
        {
            var attempt = await Forms.PostAsync(client, "/aktywacja", Fields($"GUES-{i:D4}-CODE", "44051401359", "zgaduje@example.pl"));
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }
        var refused = await Forms.PostAsync(client, "/aktywacja", Fields("GUES-9999-CODE", "44051401359", "zgaduje@example.pl"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("900", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Zbyt wiele prób", Text(await refused.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/aktywacja")).StatusCode);
        using var elsewhere = host.Client("skoki");
        var otherGmina = await Forms.PostAsync(elsewhere, "/aktywacja", Fields("GUES-0000-CODE", "44051401359", "zgaduje@example.pl"));
        Assert.Equal(HttpStatusCode.OK, otherGmina.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActivationOnSqlite(SqliteHost host) : ActivationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ActivationOnPostgres(PostgresHost host) : ActivationTests(host);
