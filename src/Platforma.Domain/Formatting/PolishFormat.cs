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

    /// <summary>Writes the amount digit by digit (no culture lookups, no format parsing: explanations use it in a hot path).</summary>
    internal static StringBuilder AppendAmount(this StringBuilder text, decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (rounded < 0) text.Append('-');
        var absolute = decimal.Abs(rounded);
        var zloty = decimal.Truncate(absolute);
        var fraction = (int)((absolute - zloty) * 100m);
        Span<char> digits = stackalloc char[40];
        var length = 0;
        if (zloty <= ulong.MaxValue)
        {
            var whole = (ulong)zloty;
            do
            {
                if (length % 4 == 3) digits[length++] = NoBreakSpace;
                digits[length++] = (char)('0' + (int)(whole % 10));
                whole /= 10;
            } while (whole > 0);
        }
        else
        {
            do
            {
                if (length % 4 == 3) digits[length++] = NoBreakSpace;
                digits[length++] = (char)('0' + (int)(zloty % 10m));
                zloty = decimal.Truncate(zloty / 10m);
            } while (zloty > 0);
        }
        for (var i = length - 1; i >= 0; i--) text.Append(digits[i]);
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
