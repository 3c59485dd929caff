namespace Platforma.Domain;

/// <summary>
/// One payment of a schedule. <see cref="Number"/> is the statutory instalment number (1–4 for the four
/// tax dates, 1–12 for months) or 0 for a single payment. <see cref="DueDate"/> is the effective date:
/// art. 47 OP (late delivery) and art. 12 §5 OP (weekends, holidays) already applied.
/// </summary>
public sealed record Instalment(int Number, DateOnly DueDate, decimal Amount)
{
    public bool IsSinglePayment => Number == 0;
}

/// <summary>Where the grosze go when a tax does not divide evenly (local practice [U]: per-gmina setting).</summary>
public enum RemainderPlacement
{
    FirstInstalment,
    LastInstalment,
}

/// <summary>Effective due dates.</summary>
public static class DueDates
{
    /// <summary>Art. 47 OP: an instalment falling less than 14 days after delivery of the decision is due 14 days after delivery.</summary>
    public const int DaysAfterDelivery = 14;

    /// <summary>
    /// The date a payment is really due: when the decision was delivered less than 14 days before the
    /// statutory date, 14 days after delivery (art. 47 OP); then moved off a weekend or holiday (art. 12 §5 OP).
    /// </summary>
    public static DateOnly Effective(DateOnly statutoryDue, DateOnly? deliveredOn = null)
    {
        var due = deliveredOn is { } delivered && statutoryDue < delivered.AddDays(DaysAfterDelivery)
            ? delivered.AddDays(DaysAfterDelivery)
            : statutoryDue;
        return PolishCalendar.DueDateOrNextWorkingDay(due);
    }
}

/// <summary>Splitting an amount into grosze so that the parts always sum to the whole.</summary>
internal static class Split
{
    /// <summary>Shares of <paramref name="total"/> proportional to <paramref name="weights"/>, each truncated to the grosz; the leftover grosze go to one end.</summary>
    public static decimal[] Proportional(decimal total, ReadOnlySpan<int> weights, RemainderPlacement placement)
    {
        var grosze = (long)(total * 100m);
        long weightSum = 0;
        foreach (var w in weights) weightSum += w;
        var parts = new decimal[weights.Length];
        long assigned = 0;
        var shares = new long[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            shares[i] = grosze * weights[i] / weightSum;
            assigned += shares[i];
        }
        shares[placement == RemainderPlacement.FirstInstalment ? 0 : shares.Length - 1] += grosze - assigned;
        for (var i = 0; i < shares.Length; i++) parts[i] = shares[i] / 100m;
        return parts;
    }

    public static void CheckYear(int year)
    {
        if (year is < PolishCalendar.FirstSupportedYear or > 9998)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Rok podatkowy musi być między {PolishCalendar.FirstSupportedYear} a 9998.");
    }

    public static void CheckMonths(int firstMonth, int lastMonth)
    {
        if (firstMonth is < 1 or > 12 || lastMonth < firstMonth || lastMonth > 12)
            throw new ArgumentOutOfRangeException(nameof(firstMonth), $"Okres obowiązku to miesiące od 1 do 12, pierwszy nie później niż ostatni (podano {firstMonth}–{lastMonth}).");
    }

    public static void CheckAmount(decimal amount, string name)
    {
        if (amount < 0) throw new ArgumentOutOfRangeException(name, amount, "Kwota nie może być ujemna.");
        if (!TaxRounding.IsWholeGrosze(amount)) throw new ArgumentException($"Kwota {amount} ma ułamek grosza.", name);
    }
}
