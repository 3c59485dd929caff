namespace Platforma.Domain;

/// <summary>
/// Individuals' podatek od nieruchomości, rolny, leśny or łączne zobowiązanie pieniężne, assessed by decision:
/// four instalments by 15 March, 15 May, 15 September and 15 November (art. 6 ust. 7 upiol), proportional
/// to the part of the year the obligation lasted; a tax of at most 100 zł (after rounding) is paid at once
/// by the first due date; the art. 47 OP delivery rule and art. 12 §5 OP apply to every date.
/// </summary>
public static class IndividualTaxSchedule
{
    /// <summary>A tax up to and including this amount is a single payment (Number 0).</summary>
    public const decimal SinglePaymentLimit = 100m;

    static readonly (int Month, int Day)[] TaxDates = [(3, 15), (5, 15), (9, 15), (11, 15)];

    /// <summary>
    /// The instalments of <paramref name="tax"/> for <paramref name="year"/>. The tax is first rounded to whole
    /// złoty (art. 63). For a part-year obligation give the months it lasted (<paramref name="firstMonth"/>…
    /// <paramref name="lastMonth"/>, the tax being the tax for those months): each quarter's instalment is
    /// proportional to its months in that span, and quarters outside it have none. Instalments keep their
    /// statutory numbers (an obligation from July has instalments III and IV).
    /// <para>Defined results: a tax of 0 → no instalments.</para>
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative tax, a year outside 1990–9998, or months outside 1–12.</exception>
    public static IReadOnlyList<Instalment> For(int year, decimal tax, DateOnly? deliveredOn = null,
        int firstMonth = 1, int lastMonth = 12, RemainderPlacement remainder = RemainderPlacement.FirstInstalment)
    {
        Split.CheckYear(year);
        Split.CheckMonths(firstMonth, lastMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(tax);
        var whole = TaxRounding.ToWholeZloty(tax);
        if (whole == 0) return [];
        var quarters = Quarters.Covered(firstMonth, lastMonth);
        if (whole <= SinglePaymentLimit)
        {
            var (month, day) = TaxDates[quarters[0].Index];
            return [new Instalment(0, DueDates.Effective(new DateOnly(year, month, day), deliveredOn), whole)];
        }
        return Quarters.Instalments(year, whole, quarters, TaxDates, deliveredOn, remainder);
    }
}

/// <summary>Quarter-proportional instalments shared by individuals and legal persons' podatek rolny.</summary>
internal static class Quarters
{
    public static (int Index, int Months)[] Covered(int firstMonth, int lastMonth)
    {
        var covered = new List<(int, int)>(4);
        for (var q = 0; q < 4; q++)
        {
            var months = Math.Min(lastMonth, 3 * q + 3) - Math.Max(firstMonth, 3 * q + 1) + 1;
            if (months > 0) covered.Add((q, months));
        }
        return [.. covered];
    }

    public static IReadOnlyList<Instalment> Instalments(int year, decimal amount, (int Index, int Months)[] quarters,
        (int Month, int Day)[] dates, DateOnly? deliveredOn, RemainderPlacement remainder)
    {
        Span<int> weights = stackalloc int[quarters.Length];
        for (var i = 0; i < quarters.Length; i++) weights[i] = quarters[i].Months;
        var amounts = Split.Proportional(amount, weights, remainder);
        var instalments = new Instalment[quarters.Length];
        for (var i = 0; i < quarters.Length; i++)
        {
            var (month, day) = dates[quarters[i].Index];
            instalments[i] = new Instalment(quarters[i].Index + 1, DueDates.Effective(new DateOnly(year, month, day), deliveredOn), amounts[i]);
        }
        return instalments;
    }
}
