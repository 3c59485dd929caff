namespace Platforma.Domain;

/// <summary>
/// Legal persons (and other entities filing DN-1/DR-1/DL-1) pay without a decision: podatek od
/// nieruchomości and leśny monthly by the 15th, January by 31 January; podatek rolny on the four tax dates.
/// Art. 12 §5 OP applies. The ≤ 100 zł single-payment rule is not applied here [U: whether art. 6a upr
/// extends it to legal persons' podatek rolny — check before relying on it].
/// </summary>
public static class LegalPersonTaxSchedule
{
    static readonly (int Month, int Day)[] TaxDates = [(3, 15), (5, 15), (9, 15), (11, 15)];

    /// <summary>
    /// Instalments of the (whole-złoty rounded) <paramref name="tax"/> for the months the obligation lasted;
    /// monthly instalments are numbered by month (1 = January).
    /// </summary>
    /// <exception cref="ArgumentException">A kind other than RealEstate, Forest or Agricultural.</exception>
    public static IReadOnlyList<Instalment> For(TaxKind kind, int year, decimal tax,
        int firstMonth = 1, int lastMonth = 12, RemainderPlacement remainder = RemainderPlacement.FirstInstalment)
    {
        Split.CheckYear(year);
        Split.CheckMonths(firstMonth, lastMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(tax);
        var whole = TaxRounding.ToWholeZloty(tax);
        switch (kind)
        {
            case TaxKind.Agricultural:
                return whole == 0 ? [] : Quarters.Instalments(year, whole, Quarters.Covered(firstMonth, lastMonth), TaxDates, null, remainder);
            case TaxKind.RealEstate or TaxKind.Forest:
                if (whole == 0) return [];
                var count = lastMonth - firstMonth + 1;
                Span<int> weights = stackalloc int[count];
                weights.Fill(1);
                var amounts = Split.Proportional(whole, weights, remainder);
                var instalments = new Instalment[count];
                for (var i = 0; i < count; i++)
                {
                    var month = firstMonth + i;
                    var due = month == 1 ? new DateOnly(year, 1, 31) : new DateOnly(year, month, 15);
                    instalments[i] = new Instalment(month, PolishCalendar.DueDateOrNextWorkingDay(due), amounts[i]);
                }
                return instalments;
            default:
                throw new ArgumentException($"Osoby prawne nie płacą w tym trybie: {TaxKinds.Name(kind)}.", nameof(kind));
        }
    }
}
