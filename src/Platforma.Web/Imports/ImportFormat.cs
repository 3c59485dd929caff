namespace Platforma.Web.Imports;

/// <summary>Names of the exchange package <c>platforma-import/1</c> (docs/import-format.md).</summary>
public static class ImportFormat
{
    public const string Format = "platforma-import/1";
    public const string Manifest = "manifest.json";
    public const string Taxpayers = "podatnicy.csv";
    public const string Objects = "przedmioty.csv";
    public const string Liabilities = "naleznosci.csv";
    public const string Payments = "wplaty.csv";

    public static readonly string[] AllFiles = [Manifest, Taxpayers, Objects, Liabilities, Payments];
    public static readonly string[] CsvFiles = [Taxpayers, Objects, Liabilities, Payments];

    /// <summary>Longest id of any row (the ledger's column size).</summary>
    public const int MaxIdLength = 50;
}
