using System.Globalization;

namespace Platforma.Web.Tenancy;

/// <summary>WCAG 2.1 contrast of a gmina's colour against the white text drawn on it.</summary>
public static class ColorContrast
{
    public const double AaNormalText = 4.5;

    public static bool TryParse(string? color, out (double R, double G, double B) rgb)
    {
        rgb = default;
        if (color is not { Length: 7 } || color[0] != '#' ||
            !int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            return false;
        rgb = ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        return true;
    }

    public static double WithWhite(string color)
    {
        if (!TryParse(color, out var rgb)) throw new ArgumentException($"'{color}' is not #rrggbb.", nameof(color));
        var luminance = 0.2126 * Linear(rgb.R) + 0.7152 * Linear(rgb.G) + 0.0722 * Linear(rgb.B);
        return 1.05 / (luminance + 0.05);
    }

    private static double Linear(double channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
