namespace Platforma.Domain;

/// <summary>
/// Podatek od środków transportowych (art. 11 upiol): two instalments by 15 February and 15 September.
/// An obligation arising between 2 February and 31 August: the first instalment within 14 days of it, the
/// second by 15 September; arising from 1 September: one payment within 14 days. Art. 12 §5 OP applies.
/// </summary>
public static class VehicleTaxSchedule
{
    /// <summary>
    /// Instalments of the (whole-złoty rounded) <paramref name="tax"/>; <paramref name="obligationArose"/> is the
    /// day the obligation arose in <paramref name="year"/> (null or on/before 1 February: the usual dates).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="obligationArose"/> is not in <paramref name="year"/>.</exception>
    public static IReadOnlyList<Instalment> For(int year, decimal tax, DateOnly? obligationArose = null,
        RemainderPlacement remainder = RemainderPlacement.FirstInstalment)
    {
        Split.CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfNegative(tax);
        if (obligationArose is { } arose && arose.Year != year)
            throw new ArgumentException($"Obowiązek powstał w {arose.Year}, a harmonogram jest na {year}.", nameof(obligationArose));
        var whole = TaxRounding.ToWholeZloty(tax);
        if (whole == 0) return [];
        var september = PolishCalendar.DueDateOrNextWorkingDay(new DateOnly(year, 9, 15));
        if (obligationArose is { } late && late >= new DateOnly(year, 9, 1))
            return [new Instalment(0, PolishCalendar.DueDateOrNextWorkingDay(late.AddDays(14)), whole)];
        var first = obligationArose is { } arisen && arisen >= new DateOnly(year, 2, 2)
            ? arisen.AddDays(14)
            : new DateOnly(year, 2, 15);
        var halves = Split.Proportional(whole, [1, 1], remainder);
        return
        [
            new Instalment(1, PolishCalendar.DueDateOrNextWorkingDay(first), halves[0]),
            new Instalment(2, september, halves[1]),
        ];
    }
}
