using System.Globalization;
using System.Text;

namespace Platforma.Domain;

/// <summary>
/// Formatting for Polish readers, independent of the server's culture.
/// Money uses U+00A0 (no-break space) both as the thousands separator and before "zł",
/// so "1 234,56 zł" never breaks across lines and screen readers read it as one number.
/// </summary>
public static class PolishFormat
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>"1 234,56 zł". Amounts with more than two decimals are rounded half away from zero for display.</summary>
    public static string Money(decimal amount) => new StringBuilder(24).AppendMoney(amount).ToString();

    /// <summary>"1 234,56" — the number alone, as in <see cref="Money"/>.</summary>
    public static string Amount(decimal amount) => new StringBuilder(24).AppendAmount(amount).ToString();

    internal static StringBuilder AppendMoney(this StringBuilder text, decimal amount) =>
        text.AppendAmount(amount).Append(NoBreakSpace).Append("zł");

    static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>
    /// Writes the amount digit by digit from whole grosze (explanations use it in a hot path: no format
    /// parsing, no culture lookups); amounts of 10^16 zł and more, which no tax reaches, use the general formatter.
    /// </summary>
    internal static StringBuilder AppendAmount(this StringBuilder text, decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var absolute = decimal.Abs(rounded);
        if (absolute >= 10_000_000_000_000_000m) return text.Append(rounded.ToString("#,0.00", Numbers));
        if (rounded < 0) text.Append('-');
        var grosze = (ulong)(absolute * 100m);
        var zloty = grosze / 100;
        Span<char> digits = stackalloc char[24];
        var length = 0;
        do
        {
            if (length % 4 == 3) digits[length++] = NoBreakSpace;
            digits[length++] = (char)('0' + (int)(zloty % 10));
            zloty /= 10;
        } while (zloty > 0);
        for (var i = length - 1; i >= 0; i--) text.Append(digits[i]);
        var fraction = (int)(grosze % 100);
        return text.Append(',').Append((char)('0' + fraction / 10)).Append((char)('0' + fraction % 10));
    }

    /// <summary>"15.03.2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Roman numeral for 1…3999 (instalment numbers: "rata II").</summary>
    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 3999);
        if (number <= SmallRomans.Length) return SmallRomans[number - 1];
        var text = new StringBuilder();
        foreach (var (value, symbol) in RomanDigits)
        {
            while (number >= value)
            {
                text.Append(symbol);
                number -= value;
            }
        }
        return text.ToString();
    }

    static readonly string[] SmallRomans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    static readonly (int Value, string Symbol)[] RomanDigits =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
}
