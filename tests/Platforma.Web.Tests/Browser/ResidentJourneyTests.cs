using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Tenancy;
using Platforma.Web.Tests.Infrastructure;
using Platforma.Web.Tests.Portal;
using UglyToad.PdfPig;

namespace Platforma.Web.Tests.Browser;

/// <summary>A resident in a real browser: from the code on the decision to the balance, the property, the PDF and the QR code.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResidentJourneyTests(BrowserFixture browser)
{
    private const string Slug = "mosina";
    private const string Nip = "5214349636";
    private PlatformHost Host => browser.Host;

    [Fact]
    public async Task A_new_resident_opens_an_account_and_sees_the_balance_the_property_the_pdf_and_the_payment_qr_code()
    {
        await PortalTestKit.SetRecipientNipAsync(Host, Slug, Nip);
        var taxpayer = await TestLedger.AddPersonAsync(Host, Slug, "Grażyna Łęcka-Źródło");
        var email = $"grazyna{taxpayer.ExternalId}@example.pl";
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // Activation with the code from the decision and the PESEL
        await page.GotoAsync(Host.Url(Slug).ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Załóż konto" }).ClickAsync();
        await page.GetByLabel("Kod aktywacyjny").FillAsync(taxpayer.ActivationCode);
        await page.GetByLabel("PESEL albo NIP").FillAsync(taxpayer.Pesel!);
        await page.GetByLabel("Adres e-mail").FillAsync(email);
        await page.GetByLabel("Hasło", new() { Exact = true }).FillAsync(Residents.Password);
        await page.GetByLabel("Powtórz hasło").FillAsync(Residents.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Załóż konto" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sprawdź skrzynkę e-mail" })).ToBeVisibleAsync();

        // The link from the e-mail confirms the address
        await page.GotoAsync(Mailbox.LinkTo(Host, Slug, email, "/aktywacja/potwierdz").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Adres e-mail potwierdzony" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Zaloguj się" }).ClickAsync();
        await page.GetByLabel("Adres e-mail").FillAsync(email);
        await page.GetByLabel("Hasło").FillAsync(Residents.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();

        // The balance equals the statement of the tax rules for this taxpayer
        await Assertions.Expect(page).ToHaveURLAsync(Host.Url(Slug, "/zobowiazania").ToString());
        var statement = taxpayer.Statement(Host.TodayInWarsaw());
        Assert.Equal(PolishFormat.Money(statement.TotalToPayToday), (await page.Locator("#do-zaplaty").InnerTextAsync()).Trim());
        Assert.Equal(PolishFormat.Money(statement.NextDue!.Amount), (await page.Locator("#najblizszy-termin").InnerTextAsync()).Trim());

        // The assessment and the property behind it
        await page.GetByRole(AriaRole.Link, new() { Name = "podatek od nieruchomości 2026", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Podatek od nieruchomości 2026" })).ToBeVisibleAsync();
        var property = page.GetByRole(AriaRole.Region, new() { Name = "Przedmioty opodatkowania" });
        await Assertions.Expect(property.GetByRole(AriaRole.Row, new() { Name = "budynek: budynek mieszkalny" })).ToContainTextAsync("394,00");
        await Assertions.Expect(property.GetByRole(AriaRole.Row, new() { Name = "grunt: grunty pozostałe" })).ToContainTextAsync("840,00");

        // The PDF statement, read back
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Dokumenty" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Zestawienie zobowiązań (PDF)" }).ClickAsync());
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00A0', ' ');
            Assert.Contains("Gmina Mosina", text);
            Assert.Contains("Grażyna Łęcka-Źródło", text);
            Assert.Contains($"Do zapłaty na dziś: {PortalTestKit.Money(statement.TotalToPayToday)}", text);
        }

        // The QR code as the browser shows it decodes to the ZBP payload of that transfer
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Jak zapłacić" }).ClickAsync();
        var upcoming = statement.Lines.Single(l => l.Liability.Id == taxpayer.Liabilities[11].Id.ToString());
        var gmina = TenantsFile.Load(Repository.TenantsFile).Gminy.Single(g => g.Slug == Slug);
        var account = new VirtualAccountScheme(gmina.Bank.VirtualAccounts.SortCode, gmina.Bank.VirtualAccounts.FixedPart,
            gmina.Bank.VirtualAccounts.PayerIdLength).AccountFor(taxpayer.ExternalId);
        var qr = page.Locator($"img[src='/jak-zaplacic/qr/{taxpayer.Liabilities[11].Id}.png']");
        await qr.ScrollIntoViewIfNeededAsync();
        var shown = QrCodes.Decode(await qr.ScreenshotAsync());
        Assert.Equal(PaymentQr.Payload(Nip, account, upcoming.PrincipalOutstanding, gmina.Bank.RecipientName,
            $"OD 2026 rata 4 ID {taxpayer.ExternalId.PadLeft(8, '0')}"), shown);
        Assert.Contains(Nrb.Format(account), await page.Locator("#rachunek").InnerTextAsync());
    }

    [Fact]
    public async Task Every_resident_page_passes_axe_at_wcag_21_aa_and_can_be_used_with_the_keyboard_alone()
    {
        await PortalTestKit.SetRecipientNipAsync(Host, Slug, Nip);
        var taxpayer = await TestLedger.AddPersonAsync(Host, Slug);
        var email = await Residents.CreateAccountAsync(Host, taxpayer);
        var problems = new List<string>();
        var visited = 0;

        // Desktop: every page, in every state a resident meets — axe and the keyboard walk.
        await using (var context = await browser.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            async Task Check(string? path = null)
            {
                if (path is not null) await page.GotoAsync(Host.Url(Slug, path).ToString());
                problems.AddRange(await PageChecks.AxeViolationsAsync(page));
                problems.AddRange(await PageChecks.KeyboardProblemsAsync(page));
                visited++;
            }

            foreach (var path in new[] { "/", "/aktywacja", "/aktywacja/wyslano", "/aktywacja/wyslij-ponownie", "/aktywacja/potwierdz?u=x&t=y",
                         "/logowanie", "/haslo/przypomnij", "/haslo/ustaw?u=x&t=y", "/deklaracja-dostepnosci" })
                await Check(path);

            // Forms after a failed post: the error summary and the messages next to the fields
            await page.GotoAsync(Host.Url(Slug, "/aktywacja").ToString());
            await page.GetByLabel("PESEL albo NIP").FillAsync("44051401358");
            await page.GetByRole(AriaRole.Button, new() { Name = "Załóż konto" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("PESEL ma błędną cyfrę kontrolną");
            await Check();

            await SignInAsync(page, email, "to-nie-jest-haslo");
            await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
            await Check();

            await SignInAsync(page, email, Residents.Password);
            await Assertions.Expect(page).ToHaveURLAsync(Host.Url(Slug, "/zobowiazania").ToString());
            foreach (var path in new[] { "/", "/zobowiazania", "/zobowiazania/2026/pn", "/zobowiazania/2025/pn", "/zobowiazania/2026/od", "/wplaty",
                         "/jak-zaplacic", "/dokumenty", "/konto", "/konto/haslo", "/konto/weryfikacja-dwuetapowa", "/deklaracja-dostepnosci" })
                await Check(path);
        }

        // Phone: the pages whose tables and amounts reflow on a narrow screen (axe; focus order does not change with width).
        await using (var context = await browser.NewContextAsync(phone: true))
        {
            var page = await context.NewPageAsync();
            await SignInAsync(page, email, Residents.Password);
            await Assertions.Expect(page).ToHaveURLAsync(Host.Url(Slug, "/zobowiazania").ToString());
            foreach (var path in new[] { "/zobowiazania", "/zobowiazania/2026/pn", "/wplaty", "/jak-zaplacic", "/aktywacja" })
            {
                await page.GotoAsync(Host.Url(Slug, path).ToString());
                problems.AddRange(await PageChecks.AxeViolationsAsync(page));
                visited++;
            }
        }

        // The second step of signing in, for an account with an authenticator app
        var secondFactor = await TestLedger.AddPersonAsync(Host, Slug);
        var twoFactorEmail = await Residents.CreateAccountAsync(Host, secondFactor);
        var key = await Host.InGminaAsync(Slug, async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(twoFactorEmail))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        await using (var context = await browser.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(Host.Url(Slug, "/logowanie").ToString());
            await page.GetByLabel("Adres e-mail").FillAsync(twoFactorEmail);
            await page.GetByLabel("Hasło").FillAsync(Residents.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kod z aplikacji" })).ToBeVisibleAsync();
            problems.AddRange(await PageChecks.AxeViolationsAsync(page));
            problems.AddRange(await PageChecks.KeyboardProblemsAsync(page));
            visited++;

            // The settings page as it is with the second factor on (recovery codes, the form to turn it off)
            await page.GetByLabel("Kod z aplikacji albo kod zapasowy").FillAsync(new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp());
            await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(Host.Url(Slug, "/zobowiazania").ToString());
            await page.GotoAsync(Host.Url(Slug, "/konto/weryfikacja-dwuetapowa").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Wyłącz weryfikację dwuetapową" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
            problems.AddRange(await PageChecks.AxeViolationsAsync(page));
            problems.AddRange(await PageChecks.KeyboardProblemsAsync(page));
            visited++;
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems on {visited} pages:\n" + string.Join("\n", problems));
        Assert.Equal(23 + 5 + 2, visited);
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(Host.Url(Slug, "/logowanie").ToString());
        await page.GetByLabel("Adres e-mail").FillAsync(email);
        await page.GetByLabel("Hasło").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
    }
}
