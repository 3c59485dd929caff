using System.Text;

namespace Platforma.Domain;

/// <summary>
/// A taxpayer's account as of a date ("stan zobowiązań"): every liability's state, how each payment was
/// booked and why, and the totals a payment would propose.
/// <para><b>Booking rules.</b> Payments are booked in date order (ties in input order) and only up to
/// <see cref="AsOf"/>; later payments are not yet known to the statement.</para>
/// <list type="number">
/// <item>A payment naming a liability goes to it first; a name that matches no liability is ignored.
///   Anything left follows rule 2.</item>
/// <item>Otherwise the oldest effective due date first (art. 62 §1 OP), among liabilities of the payment's
///   year or earlier — a payment never pays a later year's tax unless it names it. A payment ahead of a due
///   date pays that liability early; a payment that nothing can take (no liability yet, or all paid) is an
///   overpayment.</item>
/// <item>Within a liability: reminder costs first (art. 62 §1a); then, if the payment does not cover
///   principal + interest as at the payment date, it is split between them in proportion (art. 55 §2),
///   the principal share rounded to the grosz and the interest share taking the rest.</item>
/// <item>Overpayments are kept and shown (<see cref="Overpayment"/>); crediting them against other liabilities
///   or refunding them is an act of the office (art. 76 OP), which arrives here as its own payment line.</item>
/// </list>
/// <para><b>Interest.</b> Accrues at the standard rate on the unpaid principal from the day after the effective
/// due date. Each payment that reaches a liability settles the interest accrued since the last one: that
/// amount is rounded to whole złoty and waived if not over the threshold, then added to the interest owed.
/// Interest due as of the statement date is computed the same way, as if paid that day.</para>
/// <para><b>Bad input</b> is refused before any arithmetic by <see cref="Check"/>'s rules (an
/// <see cref="ArgumentException"/> listing every problem): negative liability amounts or costs, payments of
/// zero or less, fractions of a grosz, empty or duplicate ids, due dates before 1990 or before the
/// rate table starts. A liability of 0 with no costs is simply <see cref="LiabilityStatus.Paid"/>.</para>
/// </summary>
public sealed class AccountStatement
{
    AccountStatement(DateOnly asOf, StatementLine[] lines, PaymentAllocation[] allocations, DueAmount? nextDue)
    {
        AsOf = asOf;
        Lines = lines;
        Allocations = allocations;
        NextDue = nextDue;
        foreach (var line in lines)
        {
            OutstandingPrincipal += line.PrincipalOutstanding;
            InterestDue += line.InterestDue;
            CostsDue += line.CostsOutstanding;
            TotalToPayToday += line.ToPayNow;
        }
        foreach (var allocation in allocations) Overpayment += allocation.Overpayment;
    }

    public DateOnly AsOf { get; }

    /// <summary>Every liability, oldest effective due date first.</summary>
    public IReadOnlyList<StatementLine> Lines { get; }

    /// <summary>Every payment up to <see cref="AsOf"/>, in booking order.</summary>
    public IReadOnlyList<PaymentAllocation> Allocations { get; }

    /// <summary>Unpaid principal of all liabilities, due or not.</summary>
    public decimal OutstandingPrincipal { get; }

    /// <summary>Interest owed if everything overdue were paid on <see cref="AsOf"/>.</summary>
    public decimal InterestDue { get; }

    /// <summary>Unpaid reminder costs.</summary>
    public decimal CostsDue { get; }

    /// <summary>What clears every liability due up to and including <see cref="AsOf"/>: Σ <see cref="StatementLine.ToPayNow"/>.</summary>
    public decimal TotalToPayToday { get; }

    /// <summary>Money received that no liability could take (nadpłata). Not netted against <see cref="TotalToPayToday"/>.</summary>
    public decimal Overpayment { get; }

    /// <summary>The earliest effective due date after <see cref="AsOf"/> with principal unpaid, and the principal due then; null when none.</summary>
    public DueAmount? NextDue { get; }

    /// <summary>The problems that make <see cref="Compute"/> refuse these lines (Polish, one per problem); empty when fine.</summary>
    public static IReadOnlyList<string> Check(IEnumerable<LiabilityLine> liabilities, IEnumerable<PaymentLine> payments, InterestCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        return Validate([.. liabilities], [.. payments], calculator.Table);
    }

    /// <exception cref="ArgumentException">The lines break a rule of <see cref="Check"/>; the message lists every problem.</exception>
    public static AccountStatement Compute(IEnumerable<LiabilityLine> liabilities, IEnumerable<PaymentLine> payments, DateOnly asOf, InterestCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(liabilities);
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(calculator);
        LiabilityLine[] liabilityArray = [.. liabilities];
        PaymentLine[] paymentArray = [.. payments];
        var problems = Validate(liabilityArray, paymentArray, calculator.Table);
        if (problems.Count > 0)
            throw new ArgumentException("Nie można wyliczyć stanu konta: " + string.Join("; ", problems));
        return new Ledger(liabilityArray, calculator).Run(paymentArray, asOf);
    }

    static List<string> Validate(LiabilityLine[] liabilities, PaymentLine[] payments, InterestRateTable table)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var liability in liabilities)
        {
            if (liability is null) { problems.Add("pusta pozycja należności"); continue; }
            var name = new LazyName("należność", liability.Id);
            if (string.IsNullOrWhiteSpace(liability.Id)) problems.Add("należność bez identyfikatora");
            else if (!ids.Add(liability.Id)) problems.Add($"{name}: identyfikator powtórzony");
            if (!Enum.IsDefined(liability.Kind)) problems.Add($"{name}: nieznany rodzaj {(int)liability.Kind}");
            if (liability.InstalmentNumber is < 0 or > 3999) problems.Add($"{name}: numer raty {liability.InstalmentNumber} poza zakresem 0–3999");
            if (liability.Amount < 0) problems.Add($"{name}: kwota ujemna");
            if (liability.Costs < 0) problems.Add($"{name}: koszty ujemne");
            if (!TaxRounding.IsWholeGrosze(liability.Amount) || !TaxRounding.IsWholeGrosze(liability.Costs)) problems.Add($"{name}: ułamek grosza");
            if (liability.DueDate.Year < PolishCalendar.FirstSupportedYear || liability.DueDate.Year > 9998)
                problems.Add($"{name}: termin {liability.DueDate:dd.MM.yyyy} poza obsługiwanym zakresem lat");
            else if (!table.Covers(liability.DueDate.AddDays(1)))
                problems.Add($"{name}: termin {liability.DueDate:dd.MM.yyyy} przed początkiem tabeli stawek odsetek ({table.Start:dd.MM.yyyy})");
        }
        ids.Clear();
        foreach (var payment in payments)
        {
            if (payment is null) { problems.Add("pusta pozycja wpłaty"); continue; }
            var name = new LazyName("wpłata", payment.Id);
            if (string.IsNullOrWhiteSpace(payment.Id)) problems.Add("wpłata bez identyfikatora");
            else if (!ids.Add(payment.Id)) problems.Add($"{name}: identyfikator powtórzony");
            if (payment.Amount <= 0) problems.Add($"{name}: kwota musi być dodatnia");
            else if (!TaxRounding.IsWholeGrosze(payment.Amount)) problems.Add($"{name}: ułamek grosza");
        }
        return problems;
    }

    /// <summary>A line's name for a problem message, built only when there is a problem.</summary>
    readonly record struct LazyName(string What, string Id)
    {
        public override string ToString() => $"{What} {Id}";
    }

    /// <summary>The mutable state of every liability while payments are booked.</summary>
    sealed class Ledger
    {
        readonly LiabilityLine[] liabilities; // oldest effective due date first
        readonly DateOnly[] due;
        readonly decimal[] principal, costs, interestOwed, principalPaid, interestPaid, costsPaid;
        readonly DateOnly[] settledThrough; // interest is accounted for up to and including this day
        readonly bool[] closed; // nothing left to pay; amounts only go down, so a closed liability stays closed
        int firstOpen; // every liability before this index is closed
        readonly InterestCalculator calculator;

        public Ledger(LiabilityLine[] input, InterestCalculator calculator)
        {
            this.calculator = calculator;
            var count = input.Length;
            liabilities = new LiabilityLine[count];
            due = new DateOnly[count];
            var order = new int[count];
            var effective = new DateOnly[count];
            for (var i = 0; i < count; i++)
            {
                order[i] = i;
                effective[i] = PolishCalendar.DueDateOrNextWorkingDay(input[i].DueDate);
            }
            Array.Sort(order, (a, b) =>
            {
                var byDate = effective[a].CompareTo(effective[b]);
                return byDate != 0 ? byDate : a.CompareTo(b);
            });
            principal = new decimal[count];
            costs = new decimal[count];
            interestOwed = new decimal[count];
            principalPaid = new decimal[count];
            interestPaid = new decimal[count];
            costsPaid = new decimal[count];
            settledThrough = new DateOnly[count];
            closed = new bool[count];
            for (var i = 0; i < count; i++)
            {
                var liability = input[order[i]];
                liabilities[i] = liability;
                due[i] = effective[order[i]];
                principal[i] = liability.Amount;
                costs[i] = liability.Costs;
                settledThrough[i] = due[i];
                closed[i] = liability.Amount == 0 && liability.Costs == 0;
            }
        }

        public AccountStatement Run(PaymentLine[] payments, DateOnly asOf)
        {
            var booked = new List<(PaymentLine Payment, int Position)>(payments.Length);
            for (var i = 0; i < payments.Length; i++)
                if (payments[i].Date <= asOf) booked.Add((payments[i], i));
            booked.Sort(static (a, b) =>
            {
                var byDate = a.Payment.Date.CompareTo(b.Payment.Date);
                return byDate != 0 ? byDate : a.Position.CompareTo(b.Position);
            });

            var allocations = new PaymentAllocation[booked.Count];
            var parts = new List<(LiabilityLine, AllocationTarget, decimal)>(8);
            var text = new StringBuilder(160);
            for (var p = 0; p < booked.Count; p++)
            {
                var payment = booked[p].Payment;
                parts.Clear();
                var remaining = payment.Amount;
                var named = payment.LiabilityId is null ? -1 : Array.FindIndex(liabilities, l => l.Id == payment.LiabilityId);
                if (named >= 0) remaining = Book(named, payment.Date, remaining, parts);
                while (firstOpen < closed.Length && closed[firstOpen]) firstOpen++;
                for (var i = firstOpen; i < liabilities.Length && remaining > 0; i++)
                {
                    if (closed[i] || i == named || liabilities[i].Year > payment.Date.Year) continue;
                    remaining = Book(i, payment.Date, remaining, parts);
                }
                var recorded = new AllocationPart[parts.Count];
                for (var i = 0; i < parts.Count; i++) recorded[i] = new AllocationPart(parts[i].Item1.Id, parts[i].Item2, parts[i].Item3);
                allocations[p] = new PaymentAllocation(payment, recorded, remaining, Explanations.Explain(text, payment.Amount, parts, remaining));
            }

            var lines = new StatementLine[liabilities.Length];
            DueAmount? nextDue = null;
            for (var i = 0; i < liabilities.Length; i++)
            {
                var interestDue = interestOwed[i] + (principal[i] > 0 ? calculator.Assess(calculator.Accrue(principal[i], settledThrough[i], asOf)) : 0);
                var outstanding = principal[i] + costs[i] + interestDue;
                var anythingPaid = principalPaid[i] + interestPaid[i] + costsPaid[i] > 0;
                var status = outstanding == 0 ? LiabilityStatus.Paid
                    : due[i] < asOf ? LiabilityStatus.Overdue
                    : anythingPaid ? LiabilityStatus.PartlyPaid
                    : LiabilityStatus.NotYetDue;
                var toPayNow = (due[i] <= asOf ? principal[i] : 0) + interestDue + costs[i];
                lines[i] = new StatementLine(liabilities[i], due[i], status, principalPaid[i], principal[i],
                    interestPaid[i], interestDue, costsPaid[i], costs[i], toPayNow);
                if (due[i] > asOf && principal[i] > 0)
                {
                    if (nextDue is null) nextDue = new DueAmount(due[i], principal[i]);
                    else if (nextDue.Date == due[i]) nextDue = nextDue with { Amount = nextDue.Amount + principal[i] };
                }
            }
            return new AccountStatement(asOf, lines, allocations, nextDue);
        }

        /// <summary>Books up to <paramref name="amount"/> to liability <paramref name="i"/> on <paramref name="date"/>; returns what is left.</summary>
        decimal Book(int i, DateOnly date, decimal amount, List<(LiabilityLine, AllocationTarget, decimal)> parts)
        {
            if (closed[i]) return amount;
            Settle(i, date);

            var toCosts = Math.Min(amount, costs[i]);
            if (toCosts > 0)
            {
                costs[i] -= toCosts;
                costsPaid[i] += toCosts;
                amount -= toCosts;
                parts.Add((liabilities[i], AllocationTarget.Costs, toCosts));
            }
            decimal toPrincipal, toInterest;
            var owed = principal[i] + interestOwed[i];
            if (amount == 0)
            {
                (toPrincipal, toInterest) = (0, 0);
            }
            else if (amount >= owed)
            {
                (toPrincipal, toInterest) = (principal[i], interestOwed[i]);
            }
            else
            {
                // Art. 55 §2: in proportion principal : interest as at the payment date.
                toPrincipal = TaxRounding.ToGrosze(amount * principal[i] / owed);
                toInterest = amount - toPrincipal;
            }
            if (toPrincipal > 0)
            {
                principal[i] -= toPrincipal;
                principalPaid[i] += toPrincipal;
                parts.Add((liabilities[i], AllocationTarget.Principal, toPrincipal));
            }
            if (toInterest > 0)
            {
                interestOwed[i] -= toInterest;
                interestPaid[i] += toInterest;
                parts.Add((liabilities[i], AllocationTarget.Interest, toInterest));
            }
            closed[i] = principal[i] == 0 && costs[i] == 0 && interestOwed[i] == 0;
            return amount - toPrincipal - toInterest;
        }

        /// <summary>Adds the interest accrued since the last settlement, rounded and thresholded as one assessment.</summary>
        void Settle(int i, DateOnly date)
        {
            if (date <= settledThrough[i]) return;
            if (principal[i] > 0) interestOwed[i] += calculator.Assess(calculator.Accrue(principal[i], settledThrough[i], date));
            settledThrough[i] = date;
        }
    }
}
