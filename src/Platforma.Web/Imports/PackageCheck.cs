using System.Security.Cryptography;
using System.Text;

namespace Platforma.Web.Imports;

/// <summary>What the first pass learned about a package that has no structural error so far.</summary>
internal sealed record CheckedPackage(ImportManifest Manifest, IReadOnlyDictionary<string, FileFacts> Files, string ContentSha256)
{
    /// <summary>Data rows of each file, known once the file has been read line by line.</summary>
    public Dictionary<string, int> Rows { get; } = new();

    public int RowsOf(string file) => Rows.GetValueOrDefault(file);
}

/// <summary>
/// Reading a package without the database. The first pass checks the manifest, each file's SHA-256 and encoding and
/// its header; only the bytes stream by, nothing is kept per row. The lines themselves are checked as they stream into
/// the scratch tables (<see cref="Rows"/>), so a good package is parsed once; a package already broken in the first
/// pass gets its lines checked too (<see cref="CheckLines"/>), so its report is complete before anything is locked.
/// Checks that need all rows at once (duplicate ids, references) are left to the database.
/// </summary>
internal static class PackageCheck
{
    public static CheckedPackage? Run(ImportPackage package, string gmina, ImportReport report)
    {
        if (!package.Exists(ImportFormat.Manifest))
        {
            report.Error(ImportFormat.Manifest, null, "brak pliku manifest.json w pakiecie");
            return null;
        }
        ImportManifest? manifest;
        using (var stream = package.OpenFile(ImportFormat.Manifest)) manifest = ImportManifest.Read(stream, gmina, report);
        if (manifest is null) return null;

        var facts = new Dictionary<string, FileFacts>();
        foreach (var name in ImportFormat.CsvFiles)
        {
            if (!package.Exists(name))
            {
                report.Error(name, null, "brak pliku w pakiecie");
                continue;
            }
            using var stream = package.OpenFile(name);
            var f = FileFacts.Read(stream);
            if (f.Sha256 != manifest.Files[name].Sha256)
                report.Error(name, null, $"sha256 pliku ({f.Sha256}) nie zgadza się z manifest.json ({manifest.Files[name].Sha256}): plik jest uszkodzony, obcięty albo pochodzi z innego eksportu");
            facts[name] = f;
        }
        foreach (var file in ImportFile.All)
        {
            if (!facts.TryGetValue(file.Name, out var f)) continue;
            using var csv = ImportCsv.Open(package.OpenFile(file.Name), f.Encoding);
            CheckHeader(csv, file, report);
        }
        if (report.HasErrors)
        {
            CheckLines(package, manifest, facts, report);
            return null;
        }

        // What the package says, independent of its sequence and export time: equal hashes mean nothing to change. The
        // manifest's row counts are in it, so a wrong count is never waved through as "unchanged" unchecked.
        var content = $"years:{string.Join(',', manifest.Years)}\n"
            + string.Concat(ImportFormat.CsvFiles.Select(n => $"{n}:{facts[n].Sha256}:{manifest.Files[n].Rows}\n"));
        var contentSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        return new CheckedPackage(manifest, facts, contentSha);
    }

    private static bool CheckHeader(ImportCsv csv, ImportFile file, ImportReport report)
    {
        if (csv.Header.Length == 0)
        {
            report.Error(file.Name, 1, "plik jest pusty — brak wiersza nagłówka");
            return false;
        }
        var missing = file.Required.Where(c => csv.Column(c) < 0).ToList();
        if (missing.Count == 0) return true;
        report.Error(file.Name, 1, $"brak wymaganych kolumn: {string.Join(", ", missing)}");
        return false;
    }

    /// <summary>Every line of every readable file, for the report of a package that is rejected anyway.</summary>
    private static void CheckLines(ImportPackage package, ImportManifest manifest, Dictionary<string, FileFacts> facts, ImportReport report)
    {
        var check = new CheckedPackage(manifest, facts, "");
        foreach (var file in ImportFile.All)
        {
            if (!facts.ContainsKey(file.Name)) continue;
            using (var csv = ImportCsv.Open(package.OpenFile(file.Name), facts[file.Name].Encoding))
                if (csv.Header.Length == 0 || file.Required.Any(c => csv.Column(c) < 0)) continue; // already reported
            foreach (var _ in Rows(package, file, check, report)) { }
        }
    }

    /// <summary>
    /// The good rows of one file as scratch-table rows, streaming; each bad line is reported (file, line, reason) and
    /// left out, and at the end the row count is checked against the manifest.
    /// </summary>
    public static IEnumerable<object?[]> Rows(ImportPackage package, ImportFile file, CheckedPackage checkedPackage, ImportReport report)
    {
        using var csv = ImportCsv.Open(package.OpenFile(file.Name), checkedPackage.Files[file.Name].Encoding);
        var row = new RowReader(csv, file.Name, report, checkedPackage.Manifest.Years.ToHashSet());
        while (csv.Read())
        {
            row.Begin();
            if (file.Read(row) is { } values) yield return values;
        }
        if (csv.UnterminatedQuote)
            report.Error(file.Name, csv.Line, "cudzysłów otwarty w tym wierszu nie jest zamknięty do końca pliku");
        var expected = checkedPackage.Manifest.Files[file.Name].Rows;
        if (csv.Rows != expected)
            report.Error(file.Name, null, $"plik ma {csv.Rows} wierszy danych, a manifest.json podaje {expected}");
        checkedPackage.Rows[file.Name] = csv.Rows;
    }
}
