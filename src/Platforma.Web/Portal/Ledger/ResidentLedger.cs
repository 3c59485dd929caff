using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Infrastructure;

namespace Platforma.Web.Portal.Ledger;

/// <summary>
/// One taxpayer's ledger as the tax system exported it, and the statement the tax rules compute from it for today
/// (Europe/Warsaw). Every page, document and API answer about money starts here, so they all show the same figures.
/// </summary>
public sealed class ResidentLedger
{
    private ResidentLedger(Taxpayer taxpayer, List<Liability> liabilities, List<Payment> payments, DateTimeOffset asOf,
        DataFreshness freshness, AccountStatement? statement, string? problem)
    {
        Taxpayer = taxpayer;
        Liabilities = liabilities;
        Payments = payments;
        AsOf = asOf;
        Freshness = freshness;
        Statement = statement;
        Problem = problem;
        LiabilitiesById = liabilities.ToDictionary(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public Taxpayer Taxpayer { get; }
    public IReadOnlyList<Liability> Liabilities { get; }
    public IReadOnlyList<Payment> Payments { get; }
    public IReadOnlyDictionary<string, Liability> LiabilitiesById { get; }

    /// <summary>The moment the statement was computed for.</summary>
    public DateTimeOffset AsOf { get; }

    public DateOnly Today => DateOnly.FromDateTime(WarsawClock.ToWarsaw(AsOf));

    public DataFreshness Freshness { get; }

    /// <summary>Null when the tax rules refused the exported lines (<see cref="Problem"/> says why).</summary>
    public AccountStatement? Statement { get; }

    public string? Problem { get; }

    /// <summary>The taxpayer's ledger, or null when the id names no taxpayer of this gmina.</summary>
    public static async Task<ResidentLedger?> LoadAsync(TenantDbContext db, long taxpayerId, TimeProvider time,
        InterestCalculator interest, ILogger log, CancellationToken ct)
    {
        var taxpayer = await db.Taxpayers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taxpayerId, ct);
        if (taxpayer is null) return null;
        var liabilities = await db.Liabilities.AsNoTracking().Where(l => l.TaxpayerId == taxpayerId)
            .OrderBy(l => l.Id).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.TaxpayerId == taxpayerId)
            .OrderBy(p => p.Id).ToListAsync(ct);
        var freshness = await DataFreshness.LoadAsync(db, ct);

        var asOf = time.GetUtcNow();
        var today = DateOnly.FromDateTime(WarsawClock.ToWarsaw(asOf));
        var lines = liabilities.Select(ToLine);
        var paymentLines = payments.Select(ToLine);
        var problems = AccountStatement.Check(lines, paymentLines, interest);
        if (problems.Count > 0)
        {
            // The export is wrong, not the resident: show what we can and say the office must correct it.
            log.LogError("Statement refused for taxpayer {TaxpayerId}: {Problems}", taxpayerId, string.Join("; ", problems));
            return new ResidentLedger(taxpayer, liabilities, payments, asOf, freshness, null, string.Join("; ", problems));
        }
        var statement = AccountStatement.Compute(lines, paymentLines, today, interest);
        return new ResidentLedger(taxpayer, liabilities, payments, asOf, freshness, statement, null);
    }

    public static LiabilityLine ToLine(Liability l) =>
        new(Id(l.Id), l.TaxKind, l.Year, l.Instalment, l.DueDate, l.Amount, l.Costs);

    public static PaymentLine ToLine(Payment p) =>
        new(Id(p.Id), p.Date, p.Amount, p.LiabilityId is { } named ? Id(named) : null);

    public static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The assessments: liabilities grouped by tax year and kind, newest year first.</summary>
    public IReadOnlyList<Assessment> Assessments()
    {
        var lines = Statement?.Lines.ToDictionary(l => l.Liability.Id) ?? new Dictionary<string, StatementLine>();
        return Liabilities
            .GroupBy(l => (l.Year, l.TaxKind))
            .OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.TaxKind)
            .Select(g => new Assessment(g.Key.Year, g.Key.TaxKind,
                g.OrderBy(l => l.DueDate).ThenBy(l => l.Instalment)
                    .Select(l => new AssessedInstalment(l, lines.GetValueOrDefault(Id(l.Id))))
                    .ToList()))
            .ToList();
    }

    public Assessment? Assessment(int year, TaxKind kind) =>
        Assessments().FirstOrDefault(a => a.Year == year && a.Kind == kind);

    /// <summary>How each payment was booked, newest first; empty when the statement could not be computed.</summary>
    public IReadOnlyList<BookedPayment> BookedPayments()
    {
        if (Statement is null) return [];
        var payments = Payments.ToDictionary(p => Id(p.Id));
        return Statement.Allocations
            .Select(a => new BookedPayment(payments[a.Payment.Id], a))
            .OrderByDescending(b => b.Payment.Date).ThenByDescending(b => b.Payment.Id)
            .ToList();
    }

    /// <summary>Overdue: principal, interest and costs of every liability past its due date.</summary>
    public decimal OverdueTotal => Statement?.Lines.Where(l => l.Status == LiabilityStatus.Overdue).Sum(l => l.ToPayNow) ?? 0;
}

/// <summary>One tax of one year: the decision's instalments (a legal person's declaration has no decision number).</summary>
public sealed record Assessment(int Year, TaxKind Kind, IReadOnlyList<AssessedInstalment> Instalments)
{
    public string KindCode => TaxKinds.Code(Kind);
    public string Name => TaxKinds.Name(Kind);
    public string Path => $"/zobowiazania/{Year}/{KindCode.ToLowerInvariant()}";

    public IReadOnlyList<(string Number, DateOnly? Date)> Decisions =>
        Instalments.Select(i => i.Liability).Where(l => !string.IsNullOrWhiteSpace(l.DecisionNumber))
            .Select(l => (l.DecisionNumber!, l.DecisionDate)).Distinct().ToList();

    public decimal Assessed => Instalments.Sum(i => i.Liability.Amount);
    public decimal Paid => Instalments.Sum(i => i.Line?.PrincipalPaid ?? 0);
    public decimal Outstanding => Instalments.Sum(i => i.Line?.PrincipalOutstanding ?? 0);
    public decimal InterestDue => Instalments.Sum(i => i.Line?.InterestDue ?? 0);
    public decimal ToPayNow => Instalments.Sum(i => i.Line?.ToPayNow ?? 0);
    public bool AnyOverdue => Instalments.Any(i => i.Line?.Status == LiabilityStatus.Overdue);

    /// <summary>The object kinds that make up this tax's basis.</summary>
    public IReadOnlyList<TaxObjectKind> ObjectKinds => Kind switch
    {
        TaxKind.RealEstate => [TaxObjectKind.Land, TaxObjectKind.Building, TaxObjectKind.Structure],
        TaxKind.Agricultural => [TaxObjectKind.Agricultural],
        TaxKind.Forest => [TaxObjectKind.Forest],
        TaxKind.JointObligation => [TaxObjectKind.Land, TaxObjectKind.Building, TaxObjectKind.Structure, TaxObjectKind.Agricultural, TaxObjectKind.Forest],
        TaxKind.Vehicle => [TaxObjectKind.Vehicle],
        TaxKind.WasteFee => [TaxObjectKind.Waste],
        _ => [],
    };
}

/// <summary>An instalment as assessed, with its state today (null when the statement could not be computed).</summary>
public sealed record AssessedInstalment(Liability Liability, StatementLine? Line)
{
    public string Title => ResidentLedger.ToLine(Liability).Title;
    public DateOnly EffectiveDueDate => Line?.EffectiveDueDate ?? PolishCalendar.DueDateOrNextWorkingDay(Liability.DueDate);
    public bool Moved => EffectiveDueDate != Liability.DueDate;
}

public sealed record BookedPayment(Payment Payment, PaymentAllocation Allocation);

/// <summary>When the data last came from the tax system: the last import that succeeded, and any failure since.</summary>
public sealed record DataFreshness(DateTimeOffset? LastSuccess, DateTimeOffset? FailedSince)
{
    public static async Task<DataFreshness> LoadAsync(TenantDbContext db, CancellationToken ct)
    {
        // Ordered by id (arrival order): SQLite cannot order by DateTimeOffset.
        var recent = await db.AssessmentImports.AsNoTracking()
            .Where(i => i.Status != ImportStatus.Received && i.Status != ImportStatus.Running)
            .OrderByDescending(i => i.Id).Take(20)
            .Select(i => new { i.Status, i.FinishedAt, i.ReceivedAt })
            .ToListAsync(ct);
        var success = recent.FirstOrDefault(i => i.Status is ImportStatus.Applied or ImportStatus.Unchanged);
        var failure = recent.FirstOrDefault(i => i.Status is ImportStatus.Failed or ImportStatus.Rejected);
        var failedSince = failure is not null && (success is null || recent.IndexOf(failure) < recent.IndexOf(success))
            ? failure.FinishedAt ?? failure.ReceivedAt
            : (DateTimeOffset?)null;
        return new DataFreshness(success?.FinishedAt ?? success?.ReceivedAt, failedSince);
    }
}
