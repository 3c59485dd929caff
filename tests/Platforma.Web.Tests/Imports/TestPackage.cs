using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platforma.Web.Imports;

namespace Platforma.Web.Tests.Imports;

/// <summary>
/// A small real package written to disk the way a tax system would: four CSV files and a manifest whose row counts and
/// sha256 values are computed from the files' bytes — unless a test breaks them on purpose.
/// </summary>
public sealed class TestPackage
{
    public required string Gmina { get; set; }
    public long Sequence { get; set; } = 1;
    public List<int> Years { get; set; } = [2025, 2026];
    public Encoding Encoding { get; set; } = new UTF8Encoding(false);
    /// <summary>Lines of each CSV file, header first.</summary>
    public Dictionary<string, List<string>> Files { get; } = new();
    /// <summary>Changes made to the manifest after it was computed (breaking it on purpose).</summary>
    public Action<Dictionary<string, object>>? EditManifest { get; set; }
    /// <summary>Changes made to a file's bytes after the manifest was computed (truncation, corruption).</summary>
    public Func<string, byte[], byte[]>? EditBytes { get; set; }

    public static TestPackage Valid(string gmina, long sequence = 1)
    {
        var p = new TestPackage { Gmina = gmina, Sequence = sequence };
        p.Files[ImportFormat.Taxpayers] =
        [
            "id_podatnika;rodzaj;nazwa;pesel;nip;regon;adres;kod_aktywacyjny;email",
            "P1;F;Zofia Wiśniewska;44051401359;;;ul. Poznańska 1, 62-050 Mosina;AKT1-ZOFIA-0001;",
            "P2;F;Jan Kowalski;02211307589;;;ul. Długa 5, 62-050 Mosina;AKT2-JAN-00002;jan@example.pl",
            "P3;P;\"Gospodarstwo „Łąka” sp. z o.o.\";;8567346215;192598184;ul. Polna 3, 62-050 Mosina;AKT3-LAKA-0003;biuro@laka.example.pl",
        ];
        p.Files[ImportFormat.Objects] =
        [
            "id_przedmiotu;id_podatnika;rok;rodzaj;opis;polozenie;nr_dzialki;podstawa;jednostka;stawka;kwota",
            "O1;P1;2025;budynek;Budynek mieszkalny;Mosina, ul. Poznańska 1;123/4;100,00;m2;1,15;115,00",
            "O1;P1;2026;budynek;Budynek mieszkalny;Mosina, ul. Poznańska 1;123/4;100,00;m2;1,19;119,00",
            "O2;P2;2026;grunt;Grunt pod budynkiem;Mosina, ul. Długa 5;55/1;800;m2;0,62;496,00",
            "O3;P3;2026;rolny;Grunty orne;Krosno;7/2;10,5;ha_przel;152,50;1601,25",
            "O4;P3;2026;pojazd;Ciągnik siodłowy;PO 12345;;1;szt;2800;2800,00",
        ];
        p.Files[ImportFormat.Liabilities] =
        [
            "id_naleznosci;id_podatnika;rok;rodzaj_podatku;nr_decyzji;data_decyzji;rata;termin;kwota",
            "N1;P1;2025;PN;FN.3120.1.2025;2025-02-10;1;2025-03-17;115,00",
            "N2;P1;2026;PN;FN.3120.1.2026;10.02.2026;1;16.03.2026;119,00",
            "N3;P2;2026;PN;FN.3120.2.2026;2026-02-10;1;2026-03-16;124,00",
            "N4;P2;2026;PN;FN.3120.2.2026;2026-02-10;2;2026-05-15;124,00",
            "N5;P2;2026;PN;FN.3120.2.2026;2026-02-10;3;2026-09-15;124,00",
            "N6;P2;2026;PN;FN.3120.2.2026;2026-02-10;4;2026-11-16;124,00",
            "N7;P3;2026;ST;;;1;2026-02-16;1400,00",
            "N8;P3;2026;ST;;;2;2026-09-15;1400,00",
        ];
        p.Files[ImportFormat.Payments] =
        [
            "id_wplaty;id_podatnika;data;kwota;id_naleznosci;kanal;tytul",
            "W1;P1;2025-03-10;115,00;N1;przelew;PN 2025",
            "W2;P1;2026-04-20;119.00;N2;kasa;PN 2026",
            "W3;P2;2026-03-16;124,00;N3;przelew;PN 2026 rata 1",
            "W4;P3;2026-02-20;1400,00;;przelew;ST 2026",
        ];
        return p;
    }

    /// <summary>Replaces one line (1 = header) of a file.</summary>
    public TestPackage Line(string file, int line, string text)
    {
        Files[file][line - 1] = text;
        return this;
    }

    public TestPackage Add(string file, string text)
    {
        Files[file].Add(text);
        return this;
    }

    public Dictionary<string, byte[]> Bytes() => Files.ToDictionary(f => f.Key,
        f => Encoding.GetBytes(string.Join("\r\n", f.Value) + "\r\n"));

    public Dictionary<string, object> Manifest(Dictionary<string, byte[]> bytes)
    {
        var manifest = new Dictionary<string, object>
        {
            ["format"] = ImportFormat.Format,
            ["gmina"] = Gmina,
            ["system"] = "System testowy 1.0",
            ["exportedAt"] = "2026-11-26T22:00:00+01:00",
            ["sequence"] = Sequence,
            ["years"] = Years,
            ["files"] = bytes.ToDictionary(b => b.Key, b => (object)new Dictionary<string, object>
            {
                ["rows"] = Files[b.Key].Count - 1,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(b.Value)),
            }),
        };
        EditManifest?.Invoke(manifest);
        return manifest;
    }

    /// <summary>Writes the package as a ZIP file (or a folder) in a fresh temporary folder and returns its path.</summary>
    public string Write(bool asFolder = false)
    {
        var bytes = Bytes();
        var manifest = JsonSerializer.SerializeToUtf8Bytes(Manifest(bytes), new JsonSerializerOptions { WriteIndented = true });
        if (EditBytes is not null) bytes = bytes.ToDictionary(b => b.Key, b => EditBytes(b.Key, b.Value));
        var folder = Directory.CreateTempSubdirectory("platforma-pakiet").FullName;
        if (asFolder)
        {
            var target = Path.Combine(folder, $"{Gmina}-{Sequence}");
            Directory.CreateDirectory(target);
            foreach (var (name, content) in bytes) File.WriteAllBytes(Path.Combine(target, name), content);
            File.WriteAllBytes(Path.Combine(target, ImportFormat.Manifest), manifest);
            return target;
        }
        var zip = Path.Combine(folder, $"{Gmina}-{Sequence}.zip");
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (name, content) in bytes.Append(new(ImportFormat.Manifest, manifest)))
        {
            using var entry = archive.CreateEntry(name).Open();
            entry.Write(content);
        }
        return zip;
    }
}
