namespace Platforma.Domain;

/// <summary>The taxes and fees the portal shows. Import codes: PN PR PL LZP ST OD.</summary>
public enum TaxKind
{
    RealEstate,
    Agricultural,
    Forest,
    JointObligation,
    Vehicle,
    WasteFee,
}

/// <summary>Import codes and Polish names of <see cref="TaxKind"/>.</summary>
public static class TaxKinds
{
    static readonly (TaxKind Kind, string Code, string Name, string Genitive, string Accusative)[] All =
    [
        (TaxKind.RealEstate, "PN", "podatek od nieruchomości", "podatku od nieruchomości", "podatek od nieruchomości"),
        (TaxKind.Agricultural, "PR", "podatek rolny", "podatku rolnego", "podatek rolny"),
        (TaxKind.Forest, "PL", "podatek leśny", "podatku leśnego", "podatek leśny"),
        (TaxKind.JointObligation, "LZP", "łączne zobowiązanie pieniężne", "łącznego zobowiązania pieniężnego", "łączne zobowiązanie pieniężne"),
        (TaxKind.Vehicle, "ST", "podatek od środków transportowych", "podatku od środków transportowych", "podatek od środków transportowych"),
        (TaxKind.WasteFee, "OD", "opłata za gospodarowanie odpadami komunalnymi", "opłaty za gospodarowanie odpadami komunalnymi", "opłatę za gospodarowanie odpadami komunalnymi"),
    ];

    /// <summary>The import code: PN, PR, PL, LZP, ST or OD.</summary>
    public static string Code(TaxKind kind) => Entry(kind).Code;

    /// <summary>Nominative: "podatek od nieruchomości".</summary>
    public static string Name(TaxKind kind) => Entry(kind).Name;

    /// <summary>Genitive, as in "rata II <b>podatku od nieruchomości</b>".</summary>
    public static string Genitive(TaxKind kind) => Entry(kind).Genitive;

    /// <summary>Accusative, as in "na <b>opłatę za gospodarowanie odpadami komunalnymi</b>".</summary>
    public static string Accusative(TaxKind kind) => Entry(kind).Accusative;

    /// <summary>The kind for an import code (case-insensitive, surrounding spaces ignored).</summary>
    /// <exception cref="FormatException">The code is not one of PN PR PL LZP ST OD.</exception>
    public static TaxKind FromCode(string code) =>
        TryFromCode(code, out var kind)
            ? kind
            : throw new FormatException($"Nieznany kod rodzaju należności: \"{code}\" (dozwolone: PN, PR, PL, LZP, ST, OD).");

    public static bool TryFromCode(string? code, out TaxKind kind)
    {
        var trimmed = code?.Trim();
        foreach (var entry in All)
        {
            if (string.Equals(entry.Code, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                kind = entry.Kind;
                return true;
            }
        }
        kind = default;
        return false;
    }

    static (TaxKind Kind, string Code, string Name, string Genitive, string Accusative) Entry(TaxKind kind) =>
        (uint)kind < (uint)All.Length
            ? All[(int)kind]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Nieznany rodzaj należności.");
}
