using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web;
using Platforma.Web.Infrastructure;
using Platforma.Web.Portal;
using Platforma.Web.Tenancy;

namespace Platforma.PortalLoad;

/// <summary>
/// Bench-only demo data (until the imports' demo generator is merged): for every active gmina, N taxpayers with two
/// years of real-estate tax, a waste fee, payments and property, and a confirmed resident account each — written
/// through the app's own setup, tenant scopes and Identity, so each gmina's rows go in with its own principal.
/// </summary>
public static class Seeder
{
    public const string Password = "Haslo-Benchmark-2026";

    public static async Task<int> RunAsync(string[] args)
    {
        var perGmina = int.Parse(Option(args, "--users-per-gmina") ?? "5");
        var output = Option(args, "--out") ?? "users.csv";
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        var app = PlatformApp.CreateBuilder([.. settings, "--Platforma:RunJobs=false"]).Build();
        await app.SetUpPlatformAsync();

        var scopes = app.Services.GetRequiredService<TenantScopes>();
        var gminy = (await app.Services.GetRequiredService<TenantCatalog>().AllAsync()).Where(t => t.State == Platforma.Data.Catalog.TenantState.Active).ToList();
        var lines = new List<string>();
        var serial = 0;
        foreach (var gmina in gminy)
        {
            await using var scope = await scopes.BeginAsync(gmina.Slug);
            var db = scope.Services.GetRequiredService<TenantDbContext>();
            var users = scope.Services.GetRequiredService<UserManager<PortalUser>>();
            for (var i = 0; i < perGmina; i++)
            {
                serial++;
                var email = $"mieszkaniec{i + 1}@{gmina.Slug}.bench";
                if (await users.FindByEmailAsync(email) is null)
                {
                    var taxpayer = await AddTaxpayerAsync(db, gmina.Slug, serial);
                    var user = new PortalUser
                    {
                        UserName = email, Email = email, EmailConfirmed = true, Kind = PortalUserKind.Resident,
                        TaxpayerId = taxpayer.Id, DisplayName = taxpayer.Name, CreatedAt = DateTimeOffset.UtcNow,
                    };
                    var created = await users.CreateAsync(user, Password);
                    if (!created.Succeeded) throw new InvalidOperationException(string.Join(", ", created.Errors.Select(e => e.Description)));
                }
                lines.Add($"{gmina.Slug},{email}");
            }
            Console.WriteLine($"seeded {gmina.Slug}: {perGmina} residents");
        }
        await File.WriteAllLinesAsync(output, lines);
        return 0;
    }

    private static async Task<Taxpayer> AddTaxpayerAsync(TenantDbContext db, string slug, int serial)
    {
        var now = DateTimeOffset.UtcNow;
        var externalId = (1_000_000 + serial).ToString();
        var taxpayer = new Taxpayer
        {
            ExternalId = externalId, Kind = TaxpayerKind.Person, Name = $"Mieszkaniec Demo {serial}",
            Pesel = Pesel.Generate(new DateOnly(1960 + serial % 40, 1 + serial % 12, 1 + serial % 28), Sex.Male, serial % 5000).Value,
            Address = $"ul. Przykładowa {serial}", ActivationCodeHash = ActivationCodes.Hash($"BENCH-{serial:D6}"),
            FirstImportedAt = now, UpdatedAt = now,
        };
        db.Taxpayers.Add(taxpayer);
        await db.SaveChangesAsync();
        var liabilities = new List<Liability>();
        foreach (var year in new[] { 2025, 2026 })
            for (var n = 1; n <= 4; n++)
            {
                liabilities.Add(new Liability
                {
                    ExternalId = $"{externalId}-PN-{year}-{n}", TaxpayerId = taxpayer.Id, Year = year, TaxKind = TaxKind.RealEstate,
                    DecisionNumber = $"PN.3120.{serial}.{year}", DecisionDate = new DateOnly(year, 2, 10), Instalment = n,
                    DueDate = new DateOnly(year, n switch { 1 => 3, 2 => 5, 3 => 9, _ => 11 }, 15), Amount = 250m + serial % 100,
                });
                liabilities.Add(new Liability
                {
                    ExternalId = $"{externalId}-OD-{year}-{n}", TaxpayerId = taxpayer.Id, Year = year, TaxKind = TaxKind.WasteFee,
                    Instalment = n, DueDate = new DateOnly(year, 3 * n, 15), Amount = 87m,
                });
            }
        db.Liabilities.AddRange(liabilities);
        for (var p = 0; p < 10; p++)
            db.Payments.Add(new Payment
            {
                ExternalId = $"{externalId}-W{p}", TaxpayerId = taxpayer.Id, Date = new DateOnly(2025 + p / 5, 1 + p % 5 * 2, 14),
                Amount = 200m + p * 10, Channel = "przelew", Title = $"podatek ID {externalId}",
            });
        foreach (var year in new[] { 2025, 2026 })
        {
            db.TaxObjects.Add(new TaxObject { ExternalId = $"{externalId}-G", TaxpayerId = taxpayer.Id, Year = year, Kind = TaxObjectKind.Land, Description = "grunty pozostałe", Basis = 1000, Unit = "m2", Rate = 0.84m, Amount = 840 });
            db.TaxObjects.Add(new TaxObject { ExternalId = $"{externalId}-B", TaxpayerId = taxpayer.Id, Year = year, Kind = TaxObjectKind.Building, Description = "budynek mieszkalny", Basis = 120, Unit = "m2", Rate = 1.15m, Amount = 138 });
        }
        await db.SaveChangesAsync();
        return taxpayer;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
