namespace Platforma.Domain;

/// <summary>
/// Art. 63 §1 Ordynacji podatkowej: tax bases, tax amounts and interest on arrears are rounded to
/// whole złoty — under 50 groszy down, 50 groszy and more up.
/// <para>NOT rounded (never pass them here):</para>
/// <list type="bullet">
/// <item>the small fees of upiol — opłata targowa, miejscowa, uzdrowiskowa, od posiadania psów, reklamowa;</item>
/// <item>the waste fee (opłata za gospodarowanie odpadami komunalnymi), charged to the grosz;</item>
/// <item>amounts being allocated: payments, their split between principal and interest, overpayments
///   and refunds, which are exact to the grosz;</item>
/// <item>instalments of a rounded tax (a whole-złoty tax divided into instalments keeps its grosze).</item>
/// </list>
/// </summary>
public static class TaxRounding
{
    /// <summary>Whole złoty, 50 gr and more up (<see cref="MidpointRounding.AwayFromZero"/>): 100.49 → 100, 100.50 → 101.</summary>
    public static decimal ToWholeZloty(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    /// <summary>Grosze, half away from zero. For shares of an amount, not for art. 63 rounding.</summary>
    internal static decimal ToGrosze(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when the amount has no fraction of a grosz.</summary>
    internal static bool IsWholeGrosze(decimal amount) => decimal.Round(amount, 2) == amount;
}
