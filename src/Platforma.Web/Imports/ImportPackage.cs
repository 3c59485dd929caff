using System.IO.Compression;
using System.Text.Json;

namespace Platforma.Web.Imports;

/// <summary>
/// A package as it lies on disk: a ZIP file or a folder, holding manifest.json and the four CSV files (at the top,
/// or inside one folder of the ZIP — exporters often zip the folder itself). Files are opened as streams, one at a
/// time, as often as a pass needs them.
/// </summary>
internal sealed class ImportPackage : IDisposable
{
    private readonly ZipArchive? _zip;
    private readonly string? _folder;
    private readonly string _prefix = "";

    private ImportPackage(ZipArchive? zip, string? folder)
    {
        _zip = zip;
        _folder = folder;
        if (zip is not null && zip.GetEntry(ImportFormat.Manifest) is null)
        {
            var nested = zip.Entries.Where(e => e.FullName.EndsWith("/" + ImportFormat.Manifest, StringComparison.Ordinal)
                && e.FullName.Count(c => c == '/') == 1).ToList();
            if (nested.Count == 1) _prefix = nested[0].FullName[..^ImportFormat.Manifest.Length];
        }
    }

    /// <exception cref="InvalidDataException">Not a ZIP file.</exception>
    public static ImportPackage Open(string path) => Directory.Exists(path)
        ? new ImportPackage(null, path)
        : new ImportPackage(ZipFile.OpenRead(path), null);

    public bool Exists(string name) => _zip is not null
        ? _zip.GetEntry(_prefix + name) is not null
        : File.Exists(Path.Combine(_folder!, name));

    public Stream OpenFile(string name) => _zip is not null
        ? _zip.GetEntry(_prefix + name)!.Open()
        : new FileStream(Path.Combine(_folder!, name), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    public void Dispose() => _zip?.Dispose();
}

/// <summary>manifest.json: what the tax system says the package is.</summary>
public sealed record ImportManifest(
    string Format, string Gmina, string? System, DateTimeOffset ExportedAt, long Sequence, IReadOnlyList<int> Years,
    IReadOnlyDictionary<string, ManifestFile> Files)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Shape(string? Format, string? Gmina, string? System, string? ExportedAt, long? Sequence, List<int>? Years,
        Dictionary<string, ManifestFile?>? Files);

    /// <summary>Reads and checks the manifest; every problem goes into <paramref name="report"/>, and null comes back if any.</summary>
    internal static ImportManifest? Read(Stream stream, string expectedGmina, ImportReport report)
    {
        const string file = ImportFormat.Manifest;
        Shape? shape;
        try
        {
            shape = JsonSerializer.Deserialize<Shape>(stream, Json);
        }
        catch (JsonException e)
        {
            report.Error(file, (int?)e.LineNumber + 1, "to nie jest poprawny JSON: " + e.Message.Split(". ")[0]);
            return null;
        }
        if (shape is null) { report.Error(file, null, "plik jest pusty"); return null; }

        var errors = report.ErrorCount;
        if (shape.Format != ImportFormat.Format)
            report.Error(file, null, $"format „{shape.Format}” — obsługiwany jest tylko „{ImportFormat.Format}”");
        if (string.IsNullOrWhiteSpace(shape.Gmina))
            report.Error(file, null, "brak pola gmina");
        else if (shape.Gmina != expectedGmina)
            report.Error(file, null, $"pakiet jest dla gminy „{shape.Gmina}”, a został przysłany do gminy „{expectedGmina}”");
        DateTimeOffset exportedAt = default;
        if (shape.ExportedAt is null
            || shape.ExportedAt.Length < 20 // an offset is required: a local time without one is ambiguous
            || !(shape.ExportedAt.EndsWith('Z') || shape.ExportedAt[^6] is '+' or '-')
            || !DateTimeOffset.TryParse(shape.ExportedAt, global::System.Globalization.CultureInfo.InvariantCulture,
                global::System.Globalization.DateTimeStyles.None, out exportedAt))
            report.Error(file, null, $"exportedAt „{shape.ExportedAt}” — wymagana data i czas ISO 8601 ze strefą, np. 2026-11-26T22:00:00+01:00");
        if (shape.Sequence is not > 0)
            report.Error(file, null, "sequence musi być liczbą całkowitą większą od zera");
        if (shape.Years is not { Count: > 0 })
            report.Error(file, null, "years musi wymieniać co najmniej jeden rok podatkowy");
        else if (shape.Years.Any(y => y is < 2000 or > 2100) || shape.Years.Distinct().Count() != shape.Years.Count)
            report.Error(file, null, $"years [{string.Join(", ", shape.Years)}] — lata muszą być różne i z przedziału 2000–2100");
        var files = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var name in ImportFormat.CsvFiles)
        {
            if (shape.Files?.GetValueOrDefault(name) is not { } entry)
                report.Error(file, null, $"files nie opisuje pliku {name}");
            else if (entry.Rows < 0 || entry.Sha256 is null || entry.Sha256.Length != 64 || !entry.Sha256.All(char.IsAsciiHexDigit))
                report.Error(file, null, $"files.{name}: wymagane rows (liczba wierszy danych) i sha256 (64 znaki szesnastkowe)");
            else
                files[name] = entry with { Sha256 = entry.Sha256.ToLowerInvariant() };
        }
        if (report.ErrorCount > errors) return null;
        return new ImportManifest(shape.Format!, shape.Gmina!, shape.System, exportedAt, shape.Sequence!.Value,
            shape.Years!.Order().ToList(), files);
    }
}

/// <summary>The manifest's word on one CSV file: its data rows (without the header) and the SHA-256 of its bytes.</summary>
public sealed record ManifestFile(long Rows, string Sha256);
