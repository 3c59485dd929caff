using BenchmarkDotNet.Attributes;
using Platforma.Domain;

namespace Platforma.Benchmarks;

/// <summary>
/// The portal computes a taxpayer's statement on every page view. One taxpayer, ten years of history:
/// 60 liabilities (real-estate tax in four instalments and vehicle tax in two, 2016–2025) and 80 payments —
/// most on time, some late (interest), some partial (proportional split), some naming a liability, two
/// overpayments — as of 1 March 2026 with the 2025 fourth instalment still unpaid.
/// </summary>
[MemoryDiagnoser]
public class StatementBenchmark
{
    static readonly InterestCalculator Calculator = new(InterestRateTable.Default);
    static readonly DateOnly AsOf = new(2026, 3, 1);

    LiabilityLine[] liabilities = [];
    PaymentLine[] payments = [];

    [GlobalSetup]
    public void Setup() => (liabilities, payments) = History();

    [Benchmark]
    public AccountStatement Statement() => AccountStatement.Compute(liabilities, payments, AsOf, Calculator);

    internal static (LiabilityLine[] Liabilities, PaymentLine[] Payments) History()
    {
        var liabilities = new List<LiabilityLine>();
        var payments = new List<PaymentLine>();
        for (var year = 2016; year <= 2025; year++)
        {
            var y = year - 2016;
            foreach (var i in IndividualTaxSchedule.For(year, 12340m + 100 * y))
                liabilities.Add(new($"PN-{year}-{i.Number}", TaxKind.RealEstate, year, i.Number, i.DueDate, i.Amount, Costs: y % 4 == 1 && i.Number == 2 ? 16m : 0m));
            foreach (var i in VehicleTaxSchedule.For(year, 1800m + 20 * y))
                liabilities.Add(new($"ST-{year}-{i.Number}", TaxKind.Vehicle, year, i.Number, i.DueDate, i.Amount));

            var pn = liabilities.Where(l => l.Year == year && l.Kind == TaxKind.RealEstate).ToArray();
            var st = liabilities.Where(l => l.Year == year && l.Kind == TaxKind.Vehicle).ToArray();
            var n = 0;
            string Id() => $"W-{year}-{++n}";
            // Vehicle tax on time, the second instalment named.
            payments.Add(new(Id(), st[0].DueDate.AddDays(-3), st[0].Amount));
            payments.Add(new(Id(), st[1].DueDate, st[1].Amount, st[1].Id));
            // Instalments I and III on time.
            payments.Add(new(Id(), pn[0].DueDate.AddDays(-1), pn[0].Amount));
            payments.Add(new(Id(), pn[2].DueDate, pn[2].Amount, pn[2].Id));
            // Instalment II late, paid in two parts (the first split between principal and interest).
            payments.Add(new(Id(), pn[1].DueDate.AddDays(60 + y), 2000m));
            payments.Add(new(Id(), pn[1].DueDate.AddDays(95 + y), pn[1].Amount + pn[1].Costs - 1900m));
            // Instalment IV: on time except in 2025, plus a small overpayment every fifth year.
            if (year < 2025) payments.Add(new(Id(), pn[3].DueDate.AddDays(-2), pn[3].Amount + (y % 5 == 0 ? 25m : 0m)));
            else payments.Add(new(Id(), new DateOnly(2025, 12, 1), 1000m));
            payments.Add(new(Id(), new DateOnly(year, 12, 20), 10m + y));
        }
        return ([.. liabilities], [.. payments]);
    }
}
