using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platforma.Domain;
using Platforma.Web.Tenancy;
using Platforma.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using static Platforma.Web.Tests.Portal.PortalTestKit;

namespace Platforma.Web.Tests.Portal;

/// <summary>
/// What a signed-in resident sees, through real HTTP: every amount equals the statement the tax rules compute here,
/// independently, from the same ledger rows.
/// </summary>
public abstract class LedgerPagesTests(PlatformHost host)
{
    [Fact]
    public async Task Show_what_is_due_today_the_next_due_date_and_each_assessment_as_the_tax_rules_compute_them()
    {
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, "mosina");
        var expected = taxpayer.Statement(host.TodayInWarsaw());
        var html = await client.GetStringAsync("/zobowiazania");
        var text = Text(html);

        Assert.Equal(Money(expected.TotalToPayToday), Text(Regex.Match(html, "id=\"do-zaplaty\">([^<]*)<").Groups[1].Value).Trim());
        Assert.True(expected.TotalToPayToday > 0 && expected.InterestDue > 0, "the test ledger has arrears with interest");
        Assert.Contains($"odsetki za zwłokę {Money(expected.InterestDue)}", text);
        Assert.Equal(0, expected.CostsDue); // the reminder costs were paid first (art. 62 §1a), so none are shown
        Assert.DoesNotContain("koszty upomnień", text);
        Assert.Contains($"{Money(expected.NextDue!.Amount)} do {PolishFormat.Date(expected.NextDue.Date)}", text);
        // Other tests may have moved the shared clock on; the seeded import finished 7 hours before "now".
        Assert.Contains($"Stan na {host.WarsawStamp(TimeSpan.Zero)}", text);
        Assert.Contains($"ostatni udany import: {host.WarsawStamp(TimeSpan.FromHours(-7))}", text);
        foreach (var (year, code) in new[] { (2026, "pn"), (2025, "pn"), (2026, "od") })
            Assert.Contains($"href=\"/zobowiazania/{year}/{code}\"", html);
        foreach (var line in expected.Lines.Where(l => l.Status == LiabilityStatus.Overdue))
            Assert.Contains(Money(line.InterestDue), text);
    }

    [Fact]
    public async Task Show_an_assessment_with_its_decision_moved_due_dates_payments_and_property()
    {
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, "srem");
        var text = Text(await client.GetStringAsync("/zobowiazania/2026/pn"));
        var statement = taxpayer.Statement(host.TodayInWarsaw());

        Assert.Contains($"Decyzja nr {taxpayer.Liabilities[4].DecisionNumber} z dnia 10.02.2026", text);
        Assert.Contains("16.03.2026 (termin 15.03.2026 przypadał w niedzielę)", text);
        Assert.Contains("16.11.2026 (termin 15.11.2026 przypadał w niedzielę)", text);
        Assert.Contains("grunt: grunty pozostałe Mosina, ul. Poznańska 12 123/4 1 000 m² 0,84 zł/m² 840,00 zł", text);
        Assert.Contains("budynek: budynek mieszkalny Mosina, ul. Poznańska 12 123/4 400 m² 0,985 zł/m² 394,00 zł", text);
        Assert.Contains("Razem 1 234,00 zł", text);
        Assert.DoesNotContain("odpady komunalne", text); // the waste fee's basis belongs to its own assessment
        var booked = statement.Allocations.Where(a => a.Parts.Any(p => taxpayer.Liabilities.Skip(4).Take(4).Any(l => l.Id.ToString() == p.LiabilityId)));
        foreach (var allocation in booked)
            Assert.Contains(allocation.Explanation.Replace('\u00A0', ' '), text);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/zobowiazania/2024/pn")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/zobowiazania/2026/xx")).StatusCode);
    }

    [Fact]
    public async Task List_every_payment_with_how_it_was_allocated()
    {
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, "mosina");
        var text = Text(await client.GetStringAsync("/wplaty"));
        var statement = taxpayer.Statement(host.TodayInWarsaw());
        Assert.Equal(taxpayer.Payments.Count, statement.Allocations.Count);
        foreach (var allocation in statement.Allocations)
            Assert.Contains(allocation.Explanation.Replace('\u00A0', ' '), text);
        Assert.Contains("na koszty upomnienia", text);
        Assert.Contains("na odsetki", text);
    }

    [Fact]
    public async Task Give_the_residents_own_account_number_titles_and_a_plain_warning_about_the_state_micro_account()
    {
        const string slug = "brudzew";
        await SetRecipientNipAsync(host, slug, ""); // a gmina whose NIP the operator has not entered
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, slug);
        var gmina = TenantsFile.Load(Repository.TenantsFile).Gminy.Single(g => g.Slug == slug);
        var account = new VirtualAccountScheme(gmina.Bank.VirtualAccounts.SortCode, gmina.Bank.VirtualAccounts.FixedPart,
            gmina.Bank.VirtualAccounts.PayerIdLength).AccountFor(taxpayer.ExternalId);
        var text = Text(await client.GetStringAsync("/jak-zaplacic"));

        Assert.Contains($"Numer rachunku {Nrb.Format(account).Replace('\u00A0', ' ')}", text);
        Assert.Contains("To nie jest mikrorachunek podatkowy.", text);
        Assert.Contains("dane przykładowe", text); // tenants.json marks the bank data as examples
        Assert.Contains($"PN 2026 rata 4 ID {taxpayer.ExternalId.PadLeft(8, '0')}", text);
        // Without the gmina's NIP no payment QR code can be made: the page says why instead of showing a broken one.
        Assert.Contains("Kodów QR do przelewu nie ma", text);
    }

    [Fact]
    public async Task Serve_a_payment_qr_code_per_instalment_that_decodes_to_the_zbp_payload()
    {
        const string slug = "opalenica", nip = "5214349636";
        await SetRecipientNipAsync(host, slug, nip);
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, slug);
        var gmina = TenantsFile.Load(Repository.TenantsFile).Gminy.Single(g => g.Slug == slug);
        var account = new VirtualAccountScheme(gmina.Bank.VirtualAccounts.SortCode, gmina.Bank.VirtualAccounts.FixedPart,
            gmina.Bank.VirtualAccounts.PayerIdLength).AccountFor(taxpayer.ExternalId);
        var statement = taxpayer.Statement(host.TodayInWarsaw());
        var upcoming = taxpayer.Liabilities[11]; // waste fee IV, due 15.12.2026
        var line = statement.Lines.Single(l => l.Liability.Id == upcoming.Id.ToString());

        var html = await client.GetStringAsync("/jak-zaplacic");
        Assert.Contains($"src=\"/jak-zaplacic/qr/{upcoming.Id}.png\"", html);
        var png = await client.GetByteArrayAsync($"/jak-zaplacic/qr/{upcoming.Id}.png");
        var expected = PaymentQr.Payload(nip, account, line.PrincipalOutstanding, gmina.Bank.RecipientName,
            $"OD 2026 rata 4 ID {taxpayer.ExternalId.PadLeft(8, '0')}");
        Assert.Equal(expected, QrCodes.Decode(png));
        Assert.Contains("|008700|", expected);

        var overdue = statement.Lines.Where(l => l.Status == LiabilityStatus.Overdue).ToList();
        var all = QrCodes.Decode(await client.GetByteArrayAsync("/jak-zaplacic/qr/zaleglosci.png"));
        Assert.Equal(PaymentQr.Payload(nip, account, overdue.Sum(l => l.ToPayNow), gmina.Bank.RecipientName,
            $"Zaleglosci ID {taxpayer.ExternalId.PadLeft(8, '0')}"), all);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/jak-zaplacic/qr/999999999.png")).StatusCode);
    }

    [Fact]
    public async Task Render_the_statement_as_a_pdf_with_polish_letters_the_gminas_name_and_coat_of_arms_and_a_masked_pesel()
    {
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, "krzyz-wielkopolski");
        var response = await client.GetAsync("/dokumenty/zestawienie.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00A0', ' ');
        var expected = taxpayer.Statement(host.TodayInWarsaw());

        Assert.Contains("Gmina Krzyż Wielkopolski", text);
        Assert.Contains("HERB ZASTĘPCZY", text); // the text of the placeholder coat of arms, drawn from its SVG
        Assert.Contains($"Zestawienie zobowiązań na dzień {PolishFormat.Date(host.TodayInWarsaw())}", text);
        Assert.Contains(taxpayer.Name, text);
        Assert.Contains($"PESEL: *******{taxpayer.Pesel![7..]}", text);
        Assert.DoesNotContain(taxpayer.Pesel, text);
        Assert.Contains($"Do zapłaty na dziś: {Money(expected.TotalToPayToday)}", text);
        Assert.Contains("Podatek od nieruchomości 2026", text);
        Assert.Contains("Opłata za gospodarowanie odpadami komunalnymi 2026", text);
        Assert.Contains("To nie jest mikrorachunek podatkowy", text);
    }

    [Fact]
    public async Task Offer_the_coming_due_dates_as_an_icalendar_file()
    {
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, "mosina");
        var response = await client.GetAsync("/dokumenty/terminy.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "").Replace("\n ", "");
        Assert.Contains("BEGIN:VCALENDAR", ics);
        Assert.Single(ics.Split("BEGIN:VEVENT").Skip(1)); // only the waste fee's IV instalment is still to come
        var wasteIv = taxpayer.Liabilities.Single(l => l.TaxKind == TaxKind.WasteFee && l.Instalment == 4);
        Assert.Contains($"UID:mosina-{taxpayer.ExternalId}-{wasteIv.ExternalId}@platforma", ics); // the tax system's ids survive re-imports
        Assert.Contains("DTSTART;VALUE=DATE:20261215", ics);
        Assert.Contains("SUMMARY:Termin: rata IV opłaty za gospodarowanie odpadami komunalnymi 2026 — 87\\,00", ics); // commas escaped (RFC 5545)
        Assert.Contains($"OD 2026 rata 4 ID {taxpayer.ExternalId.PadLeft(8, '0')}", ics);
        Assert.Contains("TRIGGER:-P3D", ics);
        Assert.Contains($"DTSTAMP:{host.Clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}", ics); // the app's clock, not the machine's
    }

    [Fact]
    public async Task Answer_the_same_figures_from_the_json_api_with_the_pesel_masked()
    {
        var (taxpayer, client, _) = await Residents.SignedInAsync(host, "mosina");
        var expected = taxpayer.Statement(host.TodayInWarsaw());

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal($"*******{taxpayer.Pesel![7..]}", me.GetProperty("peselMasked").GetString());
        var statement = await client.GetFromJsonAsync<JsonElement>("/api/me/statement");
        var totals = statement.GetProperty("totals");
        Assert.Equal(expected.TotalToPayToday, totals.GetProperty("toPayToday").GetDecimal());
        Assert.Equal(expected.InterestDue, totals.GetProperty("interestDue").GetDecimal());
        Assert.Equal(expected.NextDue!.Date.ToString("yyyy-MM-dd"), statement.GetProperty("nextDue").GetProperty("date").GetString());
        Assert.Equal(3, statement.GetProperty("assessments").GetArrayLength());

        var assessment = await client.GetFromJsonAsync<JsonElement>("/api/me/assessments/2026/PN");
        Assert.Equal(2, assessment.GetProperty("property").GetArrayLength());
        var payments = await client.GetFromJsonAsync<JsonElement>("/api/me/payments");
        Assert.Equal(expected.Allocations.Select(a => a.Explanation).Order(),
            payments.EnumerateArray().Select(p => p.GetProperty("explanation").GetString()!).Order());
        var instructions = await client.GetFromJsonAsync<JsonElement>("/api/me/payment-instructions");
        Assert.Contains("mikrorachunek", instructions.GetProperty("warning").GetString());

        foreach (var path in new[] { "/api/me", "/api/me/statement", "/api/me/assessments/2026/pn", "/api/me/payments", "/api/me/payment-instructions" })
            Assert.DoesNotContain(taxpayer.Pesel, await client.GetStringAsync(path));
        using var anonymous = host.Client("mosina");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/statement")).StatusCode);
    }

    [Fact]
    public async Task Describe_the_api_with_openapi_on_each_gminas_host()
    {
        using var client = host.Client("mosina");
        var document = await client.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/me", "/api/me/statement", "/api/me/assessments/{year}/{kind}", "/api/me/payments", "/api/me/payment-instructions",
                     "/api/token", "/api/token/refresh" })
            Assert.Contains($"\"{path}\"", document);
        Assert.DoesNotContain("\"/herb\"", document);
        using var apex = host.Client(null);
        Assert.Equal(HttpStatusCode.NotFound, (await apex.GetAsync("/openapi/v1.json")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LedgerPagesOnSqlite(SqliteHost host) : LedgerPagesTests(host);

[Collection(PostgresCollection.Name)]
public sealed class LedgerPagesOnPostgres(PostgresHost host) : LedgerPagesTests(host);
