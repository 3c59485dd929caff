using System.Globalization;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Ledger;

/// <summary>Polish names of taxed property and of the units its basis is measured in.</summary>
public static class TaxObjectNames
{
    public static string Name(TaxObjectKind kind) => kind switch
    {
        TaxObjectKind.Land => "grunt",
        TaxObjectKind.Building => "budynek",
        TaxObjectKind.Structure => "budowla",
        TaxObjectKind.Agricultural => "grunty rolne",
        TaxObjectKind.Forest => "las",
        TaxObjectKind.Vehicle => "pojazd",
        TaxObjectKind.Waste => "odpady komunalne",
        _ => kind.ToString(),
    };

    public static string Unit(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "m2" => "m²",
        "ha" => "ha",
        "ha_przel" => "ha przel.",
        "zl" or "zł" => "zł",
        "szt" => "szt.",
        "osoba" => "os.",
        "m3" => "m³",
        var other => other,
    };

    /// <summary>"1 234,5 m²": the basis with as many decimals as it has (up to four).</summary>
    public static string Basis(decimal basis, string unit) =>
        $"{basis.ToString("#,0.####", Numbers)}\u00A0{Unit(unit)}";

    /// <summary>"1,15 zł/m²" for a rate per unit; a percentage for a rate on a value ("2 %").</summary>
    public static string Rate(decimal rate, string unit) => Unit(unit) == "zł"
        ? $"{(rate * 100m).ToString("0.####", Numbers)}\u00A0%"
        : $"{rate.ToString("#,0.00##", Numbers)}\u00A0zł/{Unit(unit)}";

    private static readonly NumberFormatInfo Numbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3] };
}
