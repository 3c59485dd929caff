using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Portal;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Portal;

/// <summary>A taxpayer as the test data builder put it in a gmina's schema, with the activation code in clear.</summary>
public sealed record SeededTaxpayer(string Slug, long Id, string ExternalId, string Name, TaxpayerKind Kind, string? Pesel, string? Nip,
    string ActivationCode, IReadOnlyList<Liability> Liabilities, IReadOnlyList<Payment> Payments, IReadOnlyList<TaxObject> Objects)
{
    /// <summary>What the resident types in the PESEL-or-NIP field.</summary>
    public string Identifier => Kind == TaxpayerKind.Person ? Pesel! : Nip!;

    /// <summary>The statement computed here, independently of the app, from the same rows.</summary>
    public AccountStatement Statement(DateOnly asOf) => AccountStatement.Compute(
        Liabilities.Select(l => new LiabilityLine(l.Id.ToString(), l.TaxKind, l.Year, l.Instalment, l.DueDate, l.Amount, l.Costs)),
        Payments.Select(p => new PaymentLine(p.Id.ToString(), p.Date, p.Amount, p.LiabilityId?.ToString())),
        asOf, new InterestCalculator(InterestRateTable.Default));
}

/// <summary>
/// Test data until the imports land: a taxpayer with two years of real-estate tax (one instalment overdue with reminder
/// costs), a waste fee with an upcoming instalment, payments (one split between costs, principal and interest, two
/// naming their liability), the property behind each year and a successful import — written through the gmina's own
/// scope and DbContext, with the activation code hashed by the production function.
/// </summary>
public static class TestLedger
{
    private static int _serial = Random.Shared.Next(1000, 4000);

    public static Task<SeededTaxpayer> AddPersonAsync(PlatformHost host, string slug, string name = "Anna Kowalska-Wiśniewska") =>
        AddAsync(host, slug, TaxpayerKind.Person, name);

    public static Task<SeededTaxpayer> AddOrganisationAsync(PlatformHost host, string slug, string name = "Przedsiębiorstwo Usługowe „Łąka” sp. z o.o.") =>
        AddAsync(host, slug, TaxpayerKind.Organisation, name);

    private static Task<SeededTaxpayer> AddAsync(PlatformHost host, string slug, TaxpayerKind kind, string name) =>
        host.InGminaAsync(slug, async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            var now = host.Clock.GetUtcNow();
            var serial = Interlocked.Increment(ref _serial);
            var code = $"{RandomLetters(4)}-{serial:D4}-{RandomLetters(4)}";
            var externalId = Random.Shared.Next(100_000, 9_999_999).ToString("D7");
            var pesel = kind == TaxpayerKind.Person ? Pesel.Generate(new DateOnly(1970 + serial % 30, 1 + serial % 12, 1 + serial % 28), Sex.Female, serial).Value : null;
            var nip = kind == TaxpayerKind.Organisation ? NipFor(serial) : null;
            var taxpayer = new Taxpayer
            {
                ExternalId = externalId, Kind = kind, Name = name, Pesel = pesel, Nip = nip,
                Address = "ul. Poznańska 12, 62-050 Mosina", ActivationCodeHash = ActivationCodes.Hash(code),
                FirstImportedAt = now.AddYears(-2), UpdatedAt = now.AddHours(-8),
            };
            db.Taxpayers.Add(taxpayer);
            await db.SaveChangesAsync();

            Liability L(int year, TaxKind tax, int number, DateOnly due, decimal amount, decimal costs = 0) => new()
            {
                ExternalId = $"{externalId}-{TaxKinds.Code(tax)}-{year}-{number}", TaxpayerId = taxpayer.Id, Year = year, TaxKind = tax,
                DecisionNumber = tax == TaxKind.WasteFee ? null : $"{TaxKinds.Code(tax)}.3120.{serial}.{year}",
                DecisionDate = tax == TaxKind.WasteFee ? null : new DateOnly(year, 2, 10),
                Instalment = number, DueDate = due, Amount = amount, Costs = costs,
            };
            var liabilities = new List<Liability>
            {
                L(2025, TaxKind.RealEstate, 1, new(2025, 3, 15), 295.00m), // Saturday → 17.03.2025
                L(2025, TaxKind.RealEstate, 2, new(2025, 5, 15), 295.00m),
                L(2025, TaxKind.RealEstate, 3, new(2025, 9, 15), 295.00m),
                L(2025, TaxKind.RealEstate, 4, new(2025, 11, 15), 295.00m, costs: 16.00m), // Saturday → 17.11.2025; a reminder was sent
                L(2026, TaxKind.RealEstate, 1, new(2026, 3, 15), 308.50m), // Sunday → 16.03.2026
                L(2026, TaxKind.RealEstate, 2, new(2026, 5, 15), 308.50m),
                L(2026, TaxKind.RealEstate, 3, new(2026, 9, 15), 308.50m),
                L(2026, TaxKind.RealEstate, 4, new(2026, 11, 15), 308.50m), // Sunday → 16.11.2026
                L(2026, TaxKind.WasteFee, 1, new(2026, 3, 15), 87.00m),
                L(2026, TaxKind.WasteFee, 2, new(2026, 6, 15), 87.00m),
                L(2026, TaxKind.WasteFee, 3, new(2026, 9, 15), 87.00m),
                L(2026, TaxKind.WasteFee, 4, new(2026, 12, 15), 87.00m),
            };
            db.Liabilities.AddRange(liabilities);
            await db.SaveChangesAsync();

            Payment P(int n, DateOnly date, decimal amount, Liability? named = null, string channel = "przelew") => new()
            {
                ExternalId = $"{externalId}-W{n}", TaxpayerId = taxpayer.Id, Date = date, Amount = amount, LiabilityId = named?.Id,
                Channel = channel, Title = named is null ? $"podatek ID {externalId}" : $"{TaxKinds.Code(named.TaxKind)} {named.Year} rata {named.Instalment}",
            };
            var payments = new List<Payment>
            {
                P(1, new(2025, 3, 17), 295.00m),
                P(2, new(2025, 5, 14), 295.00m),
                P(3, new(2025, 9, 12), 295.00m, channel: "kasa"),
                P(4, new(2026, 3, 10), 150.00m), // reminder costs, then 2025 IV split between principal and interest (art. 55 §2)
                P(5, new(2026, 3, 16), 87.00m, named: liabilities[8]),
                P(6, new(2026, 5, 14), 308.50m),
                P(7, new(2026, 6, 15), 87.00m, named: liabilities[9]),
                P(8, new(2026, 9, 15), 200.00m),
            };
            db.Payments.AddRange(payments);

            TaxObject O(int year, TaxObjectKind k, string id, string description, string? plot, decimal basis, string unit, decimal rate) => new()
            {
                ExternalId = $"{externalId}-{id}", TaxpayerId = taxpayer.Id, Year = year, Kind = k, Description = description,
                Location = "Mosina, ul. Poznańska 12", PlotNumber = plot, Basis = basis, Unit = unit, Rate = rate,
                Amount = Math.Round(basis * rate, 2, MidpointRounding.AwayFromZero),
            };
            var objects = new List<TaxObject>
            {
                O(2025, TaxObjectKind.Land, "G1", "grunty pozostałe", "123/4", 1000m, "m2", 0.80m),
                O(2025, TaxObjectKind.Building, "B1", "budynek mieszkalny", "123/4", 400m, "m2", 0.95m),
                O(2026, TaxObjectKind.Land, "G1", "grunty pozostałe", "123/4", 1000m, "m2", 0.84m),
                O(2026, TaxObjectKind.Building, "B1", "budynek mieszkalny", "123/4", 400m, "m2", 0.985m),
                O(2026, TaxObjectKind.Waste, "O1", "gospodarstwo domowe, 3 osoby", null, 3m, "osoba", 116.00m),
            };
            db.TaxObjects.AddRange(objects);
            db.AssessmentImports.Add(new AssessmentImport
            {
                ReceivedAt = now.AddHours(-7).AddMinutes(-5), StartedAt = now.AddHours(-7).AddMinutes(-4), FinishedAt = now.AddHours(-7),
                Source = ImportSource.Inbox, SubmittedBy = "test", PackageSha256 = Guid.NewGuid().ToString("N"), Status = ImportStatus.Applied,
                Taxpayers = 1, Liabilities = liabilities.Count, Payments = payments.Count, Objects = objects.Count,
            });
            await db.SaveChangesAsync();
            return new SeededTaxpayer(slug, taxpayer.Id, externalId, name, kind, pesel, nip, code, liabilities, payments, objects);
        });

    private static string RandomLetters(int count) =>
        new(Enumerable.Range(0, count).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray());

    private static string NipFor(int serial)
    {
        for (var prefix = 521_000_000 + serial * 10; ; prefix++)
        {
            try { return Nip.WithCheckDigit(prefix.ToString()); }
            catch (ArgumentException) { } // no NIP has this prefix (check digit would be 10)
        }
    }
}
