namespace Platforma.Domain;

/// <summary>
/// One liability of a taxpayer as assessed: an instalment (<see cref="InstalmentNumber"/> 1…12) or a single
/// payment (0) of a tax or fee for <see cref="Year"/>. <see cref="DueDate"/> may be the statutory date; the
/// statement moves it off weekends and holidays itself. <see cref="Costs"/> are koszty upomnienia (16 zł
/// per reminder since 13.10.2021), paid before anything else of this liability (art. 62 §1a OP).
/// </summary>
public sealed record LiabilityLine(string Id, TaxKind Kind, int Year, int InstalmentNumber, DateOnly DueDate, decimal Amount, decimal Costs = 0)
{
    /// <summary>"rata II podatku od nieruchomości 2025" or "podatek od nieruchomości 2025 (płatność jednorazowa)".</summary>
    public string Title => Explanations.Title(this);
}

/// <summary>
/// A payment received: <see cref="Date"/> is the day the payer's account was debited (art. 60 §1 OP) —
/// the office may correct a bank's credit date to it. <see cref="LiabilityId"/> is the liability the
/// taxpayer named, if any.
/// </summary>
public sealed record PaymentLine(string Id, DateOnly Date, decimal Amount, string? LiabilityId = null);

public enum LiabilityStatus
{
    /// <summary>Nothing left: principal, costs and interest all paid (or interest waived under the threshold).</summary>
    Paid,
    /// <summary>Something paid, the rest not yet due.</summary>
    PartlyPaid,
    /// <summary>Past its due date with principal, costs or interest unpaid.</summary>
    Overdue,
    /// <summary>Nothing paid and not yet due.</summary>
    NotYetDue,
}

/// <summary>
/// The state of one liability as of the statement date. <see cref="InterestDue"/> is the interest owed if
/// paid on that date (whole złoty per assessment, 0 under the threshold). <see cref="ToPayNow"/> is what
/// clearing it today takes: the principal if due today or earlier, plus interest and costs.
/// </summary>
public sealed record StatementLine(
    LiabilityLine Liability,
    DateOnly EffectiveDueDate,
    LiabilityStatus Status,
    decimal PrincipalPaid,
    decimal PrincipalOutstanding,
    decimal InterestPaid,
    decimal InterestDue,
    decimal CostsPaid,
    decimal CostsOutstanding,
    decimal ToPayNow);

public enum AllocationTarget
{
    Costs,
    Principal,
    Interest,
}

/// <summary>A share of a payment booked to one liability.</summary>
public sealed record AllocationPart(string LiabilityId, AllocationTarget Target, decimal Amount);

/// <summary>
/// How one payment was booked: its parts in booking order, what was left over (kept as an overpayment),
/// and an explanation a resident can read
/// ("500,00 zł: 489,24 zł na ratę II podatku od nieruchomości 2025, 10,76 zł na odsetki").
/// Parts plus overpayment always equal the payment, to the grosz.
/// </summary>
public sealed record PaymentAllocation(PaymentLine Payment, IReadOnlyList<AllocationPart> Parts, decimal Overpayment, string Explanation);

/// <summary>An amount due on a date.</summary>
public sealed record DueAmount(DateOnly Date, decimal Amount);
