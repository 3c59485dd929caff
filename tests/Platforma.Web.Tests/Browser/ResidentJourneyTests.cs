using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Imports;
using Platforma.Web.Imports.Demo;
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
        var resident = await ImportDemoDataAndPickAResidentWhoOwesAsync();
        var email = $"mieszkaniec{resident.Taxpayer.ExternalId}@example.pl";
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // Activation with the code from the decision and the PESEL, both as the import delivered them
        await page.GotoAsync(Host.Url(Slug).ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Załóż konto" }).ClickAsync();
        await page.GetByLabel("Kod aktywacyjny").FillAsync(resident.ActivationCode.ToLowerInvariant());
        await page.GetByLabel("PESEL albo NIP").FillAsync(resident.Taxpayer.Pesel!);
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

        // The balance equals the statement of the tax rules, computed here from the imported rows
        await Assertions.Expect(page).ToHaveURLAsync(Host.Url(Slug, "/zobowiazania").ToString());
        var statement = resident.Statement(Host.TodayInWarsaw());
        Assert.Equal(PolishFormat.Money(statement.TotalToPayToday), (await page.Locator("#do-zaplaty").InnerTextAsync()).Trim());

        // The assessment of an overdue instalment and the property behind it
        var overdue = resident.Overdue;
        var assessment = $"{TaxKinds.Name(overdue.Liability.Kind)} {overdue.Liability.Year}";
        await page.GetByRole(AriaRole.Link, new() { Name = assessment, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = assessment, Exact = false }).First).ToBeVisibleAsync();
        var property = page.Locator("section[aria-labelledby='h-przedmioty']");
        var objects = resident.Objects.Where(o => o.Year == overdue.Liability.Year && IsBehind(overdue.Liability.Kind, o.Kind)).ToList();
        Assert.NotEmpty(objects);
        foreach (var o in objects)
            await Assertions.Expect(property).ToContainTextAsync(PolishFormat.Money(o.Amount));

        // The PDF statement, read back
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Dokumenty" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Zestawienie zobowiązań (PDF)" }).ClickAsync());
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00A0', ' ');
            Assert.Contains("Gmina Mosina", text);
            Assert.Contains(resident.Taxpayer.Name, text);
            Assert.Contains($"Do zapłaty na dziś: {PortalTestKit.Money(statement.TotalToPayToday)}", text);
        }

        // The QR code of the overdue instalment, as the browser shows it, decodes to the ZBP payload of that transfer
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Jak zapłacić" }).ClickAsync();
        var gmina = TenantsFile.Load(Repository.TenantsFile).Gminy.Single(g => g.Slug == Slug);
        var scheme = new VirtualAccountScheme(gmina.Bank.VirtualAccounts.SortCode, gmina.Bank.VirtualAccounts.FixedPart,
            gmina.Bank.VirtualAccounts.PayerIdLength);
        var account = scheme.AccountFor(resident.Taxpayer.ExternalId);
        var payerId = resident.Taxpayer.ExternalId.PadLeft(gmina.Bank.VirtualAccounts.PayerIdLength, '0');
        var qr = page.Locator($"img[src='/jak-zaplacic/qr/{overdue.Liability.Id}.png']");
        await qr.ScrollIntoViewIfNeededAsync();
        Assert.Equal(PaymentQr.Payload(Nip, account, overdue.ToPayNow, gmina.Bank.RecipientName,
                $"{TaxKinds.Code(overdue.Liability.Kind)} {overdue.Liability.Year} rata {overdue.Liability.InstalmentNumber} ID {payerId}"),
            QrCodes.Decode(await qr.ScreenshotAsync()));
        Assert.Contains(Nrb.Format(account), await page.Locator("#rachunek").InnerTextAsync());
    }

    /// <summary>
    /// Demo data for Mosina written by the demo generator and imported through the real import job, as on a first start;
    /// then the first demo resident (a person with a PESEL) who has an overdue instalment and property behind it.
    /// </summary>
    private async Task<ImportedResident> ImportDemoDataAndPickAResidentWhoOwesAsync()
    {
        var folder = Directory.CreateTempSubdirectory("platforma-demo").FullName;
        var gmina = TenantsFile.Load(Repository.TenantsFile).Gminy.Single(g => g.Slug == Slug);
        var (package, _, _) = new DemoPackageWriter(Host.TodayInWarsaw()).Write(folder, Slug, gmina.ShortName, gmina.Taxes.WasteFeeSchedule, 40, seed: 2026);
        var codes = ReadActivationCodes(package);
        var id = await Host.InGminaAsync(Slug, async s => (await s.GetRequiredService<PackageImporter>().ReceiveAsync(
            ImportSource.Upload, "test", package, Path.GetFileName(package), ImportStore.HashOf(package), false, CancellationToken.None)).Id);
        await Host.Services.GetRequiredService<ImportJob>().RunAsync(Slug, id, CancellationToken.None);

        return await Host.InGminaAsync(Slug, async s =>
        {
            var db = s.GetRequiredService<TenantDbContext>();
            Assert.Equal(ImportStatus.Applied, (await db.AssessmentImports.SingleAsync(i => i.Id == id)).Status);
            foreach (var taxpayer in await db.Taxpayers.AsNoTracking().Where(t => t.Pesel != null).OrderBy(t => t.ExternalId).ToListAsync())
            {
                var resident = new ImportedResident(taxpayer, codes[taxpayer.ExternalId],
                    await db.Liabilities.AsNoTracking().Where(l => l.TaxpayerId == taxpayer.Id).ToListAsync(),
                    await db.Payments.AsNoTracking().Where(p => p.TaxpayerId == taxpayer.Id).ToListAsync(),
                    await db.TaxObjects.AsNoTracking().Where(o => o.TaxpayerId == taxpayer.Id).ToListAsync());
                var owes = resident.Statement(Host.TodayInWarsaw()).Lines.FirstOrDefault(l =>
                    l.Status == LiabilityStatus.Overdue && l.Liability.InstalmentNumber > 0 && l.ToPayNow > 0
                    && resident.Objects.Any(o => o.Year == l.Liability.Year && IsBehind(l.Liability.Kind, o.Kind)));
                if (owes is not null) return resident with { Overdue = owes };
            }
            throw new InvalidOperationException("The demo data has no resident with an overdue instalment.");
        });
    }

    /// <summary>Which taxable objects an assessment of a tax kind rests on.</summary>
    private static bool IsBehind(TaxKind tax, TaxObjectKind kind) => tax switch
    {
        TaxKind.RealEstate => kind is TaxObjectKind.Land or TaxObjectKind.Building or TaxObjectKind.Structure,
        TaxKind.Agricultural => kind == TaxObjectKind.Agricultural,
        TaxKind.Forest => kind == TaxObjectKind.Forest,
        TaxKind.JointObligation => kind is not (TaxObjectKind.Vehicle or TaxObjectKind.Waste),
        TaxKind.Vehicle => kind == TaxObjectKind.Vehicle,
        _ => kind == TaxObjectKind.Waste,
    };

    private static Dictionary<string, string> ReadActivationCodes(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry("podatnicy.csv")!.Open());
        var header = reader.ReadLine()!.Split(';');
        var (idColumn, codeColumn) = (Array.IndexOf(header, "id_podatnika"), Array.IndexOf(header, "kod_aktywacyjny"));
        var codes = new Dictionary<string, string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = line.Split(';');
            codes[fields[idColumn]] = fields[codeColumn];
        }
        return codes;
    }

    private sealed record ImportedResident(Taxpayer Taxpayer, string ActivationCode, List<Liability> Liabilities, List<Payment> Payments,
        List<TaxObject> Objects)
    {
        public StatementLine Overdue { get; init; } = null!;

        public AccountStatement Statement(DateOnly asOf) => AccountStatement.Compute(
            Liabilities.Select(l => new LiabilityLine(l.Id.ToString(), l.TaxKind, l.Year, l.Instalment, l.DueDate, l.Amount, l.Costs)),
            Payments.Select(p => new PaymentLine(p.Id.ToString(), p.Date, p.Amount, p.LiabilityId?.ToString())),
            asOf, new InterestCalculator(InterestRateTable.Default));
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
