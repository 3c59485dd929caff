using System.Security.Cryptography;
using System.Text;

namespace Platforma.Web.Imports;

/// <summary>What the checking pass learned about a package that has no structural error so far.</summary>
internal sealed record CheckedPackage(ImportManifest Manifest, IReadOnlyDictionary<string, FileFacts> Files,
    IReadOnlyDictionary<string, int> Rows, string ContentSha256)
{
    public int RowsOf(string file) => Rows.GetValueOrDefault(file);
}

/// <summary>
/// The first pass, before any database work: the manifest, each file's SHA-256 and encoding, and every line of every
/// file read and checked as it streams by. Nothing is kept per row, so memory does not grow with the package.
/// Checks that need all rows at once (duplicate ids, references) are left to the database in the second pass.
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

        var years = manifest.Years.ToHashSet();
        var rows = new Dictionary<string, int>();
        foreach (var file in ImportFile.All)
        {
            if (!facts.TryGetValue(file.Name, out var f)) continue;
            using var csv = ImportCsv.Open(package.OpenFile(file.Name), f.Encoding);
            if (csv.Header.Length == 0)
            {
                report.Error(file.Name, 1, "plik jest pusty — brak wiersza nagłówka");
                continue;
            }
            var missing = file.Required.Where(c => csv.Column(c) < 0).ToList();
            if (missing.Count > 0)
            {
                report.Error(file.Name, 1, $"brak wymaganych kolumn: {string.Join(", ", missing)}");
                continue;
            }
            var row = new RowReader(csv, file.Name, report, years);
            while (csv.Read())
            {
                row.Begin();
                file.Read(row);
            }
            if (csv.UnterminatedQuote)
                report.Error(file.Name, csv.Line, "cudzysłów otwarty w tym wierszu nie jest zamknięty do końca pliku");
            if (csv.Rows != manifest.Files[file.Name].Rows)
                report.Error(file.Name, null, $"plik ma {csv.Rows} wierszy danych, a manifest.json podaje {manifest.Files[file.Name].Rows}");
            rows[file.Name] = csv.Rows;
        }
        if (report.HasErrors) return null;

        // What the package says, independent of its sequence and export time: equal hashes mean nothing to change.
        var content = $"years:{string.Join(',', manifest.Years)}\n" + string.Concat(ImportFormat.CsvFiles.Select(n => $"{n}:{facts[n].Sha256}\n"));
        var contentSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        return new CheckedPackage(manifest, facts, rows, contentSha);
    }

    /// <summary>The rows of one file for the loading pass, read again from the package (already checked).</summary>
    public static IEnumerable<object?[]> Rows(ImportPackage package, ImportFile file, CheckedPackage checkedPackage, Action<int>? onRow = null)
    {
        var report = new ImportReport();
        using var csv = ImportCsv.Open(package.OpenFile(file.Name), checkedPackage.Files[file.Name].Encoding);
        var row = new RowReader(csv, file.Name, report, checkedPackage.Manifest.Years.ToHashSet());
        while (csv.Read())
        {
            row.Begin();
            yield return file.Read(row) ?? throw new InvalidDataException(
                $"{file.Name}, wiersz {csv.Line}: the package changed between checking and loading ({report.Format()})");
            onRow?.Invoke(csv.Rows);
        }
    }
}
