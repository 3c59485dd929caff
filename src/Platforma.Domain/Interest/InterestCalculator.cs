namespace Platforma.Domain;

/// <summary>Interest for one stretch of days at one rate.</summary>
public sealed record InterestPeriod(DateOnly From, DateOnly To, int Days, decimal AnnualRatePercent, decimal Interest);

/// <summary>
/// The interest on one arrear. <see cref="Unrounded"/> is the exact sum of the periods;
/// <see cref="Rounded"/> is that total rounded to whole złoty (art. 63); <see cref="Amount"/> is what is
/// charged — <see cref="Rounded"/>, or 0 when it does not exceed the threshold (art. 54 §1 pkt 5).
/// </summary>
public sealed record InterestResult(decimal Unrounded, decimal Rounded, decimal Amount, IReadOnlyList<InterestPeriod> Periods)
{
    public bool WaivedUnderThreshold => Amount == 0 && Rounded > 0;

    public int Days => Periods.Sum(p => p.Days);

    internal static readonly InterestResult None = new(0, 0, 0, []);
}

/// <summary>
/// Interest on tax arrears (odsetki za zwłokę, art. 53–56 OP):
/// arrear × days × annual rate / 365 for each period of constant rate, summed unrounded, the total
/// rounded to whole złoty [U: rounding of the total rather than of each period], and nothing charged
/// when the rounded amount does not exceed <see cref="Threshold"/> — three times the Poczta Polska fee for
/// a registered letter, 8,70 zł by default [U: configuration, check the current price list].
/// Days run from the day after the due date up to and including the payment date.
/// </summary>
public sealed class InterestCalculator
{
    public InterestCalculator(InterestRateTable table, decimal threshold = 8.70m)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        Table = table;
        Threshold = threshold;
    }

    public InterestRateTable Table { get; }

    /// <summary>Interest whose rounded amount is at most this is not charged.</summary>
    public decimal Threshold { get; }

    /// <summary>
    /// Interest on <paramref name="arrear"/> due on <paramref name="dueDate"/> (the effective due date,
    /// already moved off weekends and holidays) and paid on <paramref name="paidOn"/> (the day the payer's
    /// account was debited, art. 60 §1) or, for a statement, the as-of date.
    /// <para>Defined results: paid on or before the due date, or an arrear of 0 → no interest.</para>
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative arrear, or days before the rate table starts.</exception>
    public InterestResult Compute(decimal arrear, DateOnly dueDate, DateOnly paidOn, InterestRateKind kind = InterestRateKind.Standard)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arrear);
        if (paidOn <= dueDate || arrear == 0) return InterestResult.None;
        var periods = new List<InterestPeriod>();
        var total = arrear * DayRates(dueDate, paidOn, kind, arrear, periods) / 36500m;
        var rounded = TaxRounding.ToWholeZloty(total);
        return new InterestResult(total, rounded, Charged(rounded), periods);
    }

    /// <summary>The unrounded interest at the standard rate, without the breakdown (statement hot path: no allocations).</summary>
    internal decimal Accrue(decimal arrear, DateOnly lastDayWithoutInterest, DateOnly until) =>
        until <= lastDayWithoutInterest || arrear <= 0
            ? 0
            : arrear * (Table.StandardRateDaysThrough(until) - Table.StandardRateDaysThrough(lastDayWithoutInterest)) / 36500m;

    /// <summary>Σ days × rate over the rate periods from the day after <paramref name="dueDate"/> to <paramref name="until"/> inclusive.</summary>
    decimal DayRates(DateOnly dueDate, DateOnly until, InterestRateKind kind, decimal arrear, List<InterestPeriod> periods)
    {
        var from = dueDate.AddDays(1);
        var index = Table.IndexOn(from);
        decimal dayRates = 0;
        while (true)
        {
            var next = index + 1 < Table.Count ? Table.Row(index + 1).From : DateOnly.MaxValue;
            var to = next <= until ? next.AddDays(-1) : until;
            var days = to.DayNumber - from.DayNumber + 1;
            var rate = Table.Row(index).Rate(kind);
            dayRates += days * rate;
            periods.Add(new InterestPeriod(from, to, days, rate, arrear * days * rate / 36500m));
            if (next > until) return dayRates;
            from = next;
            index++;
        }
    }

    /// <summary>Art. 63 rounding and the art. 54 §1 pkt 5 threshold applied to an unrounded total.</summary>
    internal decimal Assess(decimal unrounded) => Charged(TaxRounding.ToWholeZloty(unrounded));

    decimal Charged(decimal rounded) => rounded <= Threshold ? 0 : rounded;
}
