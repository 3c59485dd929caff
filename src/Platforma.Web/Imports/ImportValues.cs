using System.Globalization;

namespace Platforma.Web.Imports;

/// <summary>Reading one CSV value of the format: amounts with a decimal comma or dot, dates YYYY-MM-DD or DD.MM.YYYY.</summary>
internal static class ImportValues
{
    public static bool TryAmount(string text, out decimal value)
    {
        value = 0;
        var t = text.Replace(" ", "").Replace("\u00A0", "");
        if (t.Length == 0 || t.Count(c => c is ',' or '.') > 1) return false; // "1.234,56" is ambiguous: refused
        t = t.Replace(',', '.');
        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        return decimal.Round(value, 4) == value;
    }

    public static bool TryDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
