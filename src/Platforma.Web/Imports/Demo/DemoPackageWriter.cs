using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platforma.Domain;

namespace Platforma.Web.Imports.Demo;

/// <summary>A demo taxpayer that README can name: the one to sign in with.</summary>
public sealed record DemoTaxpayer(string Id, string Name, string? Pesel, string? Nip, string ActivationCode);

/// <summary>
/// Writes a realistic demo package (<c>platforma-import/1</c>) for one gmina: Polish names and addresses, valid
/// PESEL/NIP/REGON, homes, plots, farmland and forest for people, business property and vehicles for firms, the waste
/// fee, instalments by the rules of <see cref="Platforma.Domain"/>, and payments on time, late, partial, early, over
/// or missing. Each taxpayer comes from a random generator seeded by (seed, gmina, number), so the same seed always
/// gives the same people whatever the scale, and one taxpayer is generated and written at a time.
/// <para>Rates are illustrative, at the level of the 2025/2026 maximum rates; they are not any gmina's resolution.</para>
/// </summary>
public sealed class DemoPackageWriter(DateOnly today)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Illustrative yearly rates (zł): per m² of home, business building, other land, business land; per ha
    /// przeliczeniowy (rolny), per ha of forest; waste fee per person per month.</summary>
    private sealed record Rates(decimal Home, decimal BusinessBuilding, decimal Land, decimal BusinessLand, decimal Agricultural, decimal Forest, decimal Waste);

    private static Rates RatesFor(int year) => year >= 2026
        ? new Rates(1.19m, 35.53m, 0.67m, 1.45m, 152.50m, 58.72m, 34.00m)
        : new Rates(1.15m, 34.00m, 0.62m, 1.38m, 146.15m, 55.30m, 32.00m);

    /// <summary>Taxpayers per gmina at scale 1, in proportion to the gmina's size (Ostrów Wielkopolski and Śrem largest).</summary>
    public static int TaxpayersAtScale1(string slug) => slug switch
    {
        "ostrow-wielkopolski" => 36_000, "srem" => 30_000, "mosina" => 24_000, "lubon" => 20_000, "kostrzyn" => 12_000,
        "opalenica" => 11_000, "steszew" => 10_000, "czempin" => 8_000, "slupca" => 7_000, "strzalkowo" => 7_000,
        "skoki" => 6_500, "bojanowo" => 6_000, "lobzenica" => 6_000, "miejska-gorka" => 6_000, "krzyz-wielkopolski" => 5_500,
        "jaraczewo" => 5_000, "czerniejewo" => 4_500, "chodziez" => 4_000, "lubasz" => 4_000, "drawsko" => 3_800,
        "brudzew" => 3_000, "przykona" => 2_800, _ => 3_000,
    };

    /// <summary>Writes <c>{folder}/{slug}.zip</c> and returns its path and the first taxpayer.</summary>
    public (string Path, DemoTaxpayer First, long Rows) Write(string folder, string slug, string town, string wasteSchedule, int taxpayers, int seed)
    {
        Directory.CreateDirectory(folder);
        var work = Directory.CreateTempSubdirectory("platforma-demo").FullName;
        try
        {
            var years = new[] { today.Year - 1, today.Year };
            var waste = WasteFeeSchedule.TryParse(wasteSchedule, out var parsed, out _) ? parsed : WasteFeeSchedule.Parse("quarterly:15.03,15.05,15.09,15.11");
            var files = ImportFormat.CsvFiles.ToDictionary(f => f, f => new CsvOut(Path.Combine(work, f)));
            files[ImportFormat.Taxpayers].Line("id_podatnika;rodzaj;nazwa;pesel;nip;regon;adres;kod_aktywacyjny;email");
            files[ImportFormat.Objects].Line("id_przedmiotu;id_podatnika;rok;rodzaj;opis;polozenie;nr_dzialki;podstawa;jednostka;stawka;kwota");
            files[ImportFormat.Liabilities].Line("id_naleznosci;id_podatnika;rok;rodzaj_podatku;nr_decyzji;data_decyzji;rata;termin;kwota");
            files[ImportFormat.Payments].Line("id_wplaty;id_podatnika;data;kwota;id_naleznosci;kanal;tytul");
            var postal = PostalCode(slug);
            DemoTaxpayer? first = null;
            for (var i = 1; i <= taxpayers; i++)
            {
                var t = new TaxpayerWriter(new Random(Seed(seed, slug, i)), i, files, years, town, postal, waste, today);
                var written = t.Write();
                first ??= written;
            }
            var manifest = new Dictionary<string, object>
            {
                ["format"] = ImportFormat.Format,
                ["gmina"] = slug,
                ["system"] = "Platforma — dane demonstracyjne",
                ["exportedAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", Inv),
                ["sequence"] = long.Parse(DateTimeOffset.UtcNow.ToString("yyyyMMddHHmm", Inv), Inv),
                ["years"] = years,
                ["files"] = files.ToDictionary(f => f.Key, f => (object)f.Value.Close()),
            };
            File.WriteAllBytes(Path.Combine(work, ImportFormat.Manifest), JsonSerializer.SerializeToUtf8Bytes(manifest, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            var zip = Path.Combine(folder, slug + ".zip");
            var partial = zip + ".part"; // the inbox never sees a half-written ZIP
            File.Delete(partial);
            ZipFile.CreateFromDirectory(work, partial, CompressionLevel.Fastest, includeBaseDirectory: false);
            File.Move(partial, zip, overwrite: true);
            return (zip, first!, files.Values.Sum(f => (long)f.Rows));
        }
        finally
        {
            Directory.Delete(work, recursive: true); // scratch files, not packages
        }
    }

    private static int Seed(int seed, string slug, int number)
    {
        // FNV-1a: string.GetHashCode is randomised per process, and the demo must be the same on every machine.
        var h = 2166136261u;
        foreach (var c in $"{seed}/{slug}/{number}") h = (h ^ c) * 16777619u;
        return (int)(h & 0x7fffffff);
    }

    private static string PostalCode(string slug)
    {
        var h = Seed(0, slug, 0);
        return $"6{h % 4 + 2}-{h / 7 % 1000:D3}";
    }

    private sealed class CsvOut
    {
        private readonly FileStream _file;
        private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Encoding _utf8 = new UTF8Encoding(false);
        private bool _header = true;
        public int Rows { get; private set; }

        public CsvOut(string path) => _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 256 * 1024);

        public void Line(string line)
        {
            var bytes = _utf8.GetBytes(line + "\r\n");
            _file.Write(bytes);
            _sha.AppendData(bytes);
            if (_header) _header = false; else Rows++;
        }

        public Dictionary<string, object> Close()
        {
            _file.Dispose();
            return new Dictionary<string, object> { ["rows"] = Rows, ["sha256"] = Convert.ToHexStringLower(_sha.GetHashAndReset()) };
        }
    }

    /// <summary>One taxpayer with everything assessed on them and paid by them, both years.</summary>
    private sealed class TaxpayerWriter(Random r, int number, Dictionary<string, CsvOut> files, int[] years, string town, string postal,
        WasteFeeSchedule waste, DateOnly today)
    {
        private readonly string _id = number.ToString("D6", Inv);
        private int _payments;

        private enum Habit { OnTime, Late, Partial, Early, Over, Never }

        public DemoTaxpayer Write()
        {
            var organisation = r.NextDouble() < 0.07;
            var (name, pesel, nip, regon) = organisation ? Organisation() : Person();
            var rural = r.NextDouble() < 0.45;
            var village = PolishNames.Villages[r.Next(PolishNames.Villages.Length)];
            var place = rural ? village : town;
            var street = PolishNames.Streets[r.Next(PolishNames.Streets.Length)];
            var address = rural ? $"{village} {r.Next(1, 120)}, {postal} {town}" : $"ul. {street} {r.Next(1, 90)}{(r.NextDouble() < 0.2 ? "/" + r.Next(1, 30) : "")}, {postal} {town}";
            var code = string.Join('-', Enumerable.Range(0, 3).Select(_ => Code(4)));
            var email = r.NextDouble() < 0.4 ? $"{Ascii(name.Split(' ')[0])}.{number}@example.pl" : "";
            files[ImportFormat.Taxpayers].Line($"{_id};{(organisation ? "P" : "F")};{name};{pesel};{nip};{regon};{address};{code};{email}");

            var habit = (Habit)Pick([0.55, 0.14, 0.10, 0.10, 0.05, 0.06]);
            var location = rural ? $"{village}, obręb {village}" : $"{town}, ul. {street}";
            var plot = $"{r.Next(1, 900)}/{r.Next(1, 30)}";
            var home = r.Next(60, 221);
            var land = r.Next(300, 1501);
            var farm = !organisation && rural && r.NextDouble() < 0.5 ? Math.Round((decimal)(r.NextDouble() * 25 + 1), 4) : 0m;
            var forest = !organisation && rural && r.NextDouble() < 0.2 ? Math.Round((decimal)(r.NextDouble() * 4 + 0.3), 4) : 0m;
            var businessArea = organisation ? r.Next(120, 3001) : 0;
            var vehicles = organisation && r.NextDouble() < 0.35 ? r.Next(1, 5) : 0;
            var persons = organisation ? 0 : r.Next(1, 6);

            foreach (var year in years)
            {
                var rates = RatesFor(year);
                var liabilities = new List<(string Id, TaxKind Kind, Instalment Due, string Title)>();
                if (organisation)
                {
                    var building = Obj("O1", year, "budynek", "Budynek związany z działalnością gospodarczą", location, plot, businessArea, "m2", rates.BusinessBuilding);
                    var ground = Obj("O2", year, "grunt", "Grunt związany z działalnością gospodarczą", location, plot, businessArea * 3, "m2", rates.BusinessLand);
                    foreach (var i in LegalPersonTaxSchedule.For(TaxKind.RealEstate, year, building + ground))
                        liabilities.Add(Liability(year, TaxKind.RealEstate, i, null));
                    var vehicleTax = 0m;
                    for (var v = 1; v <= vehicles; v++)
                        vehicleTax += Obj($"V{v}", year, "pojazd", v % 2 == 1 ? "Ciągnik siodłowy, DMC 40 t" : "Samochód ciężarowy, DMC 18 t",
                            $"P{"OZNSGW"[r.Next(6)]} {10000 + number % 89999}", "", 1, "szt", v % 2 == 1 ? 3100m : 2400m);
                    foreach (var i in VehicleTaxSchedule.For(year, vehicleTax))
                        liabilities.Add(Liability(year, TaxKind.Vehicle, i, null));
                }
                else
                {
                    var tax = Obj("O1", year, "budynek", "Budynek mieszkalny", location, plot, home, "m2", rates.Home)
                        + Obj("O2", year, "grunt", "Grunt pozostały", location, plot, land, "m2", rates.Land);
                    var other = 0m;
                    if (farm > 0) other += Obj("R1", year, "rolny", "Grunty orne i łąki", $"{village}, obręb {village}", $"{r.Next(1, 400)}/{r.Next(1, 9)}", farm, "ha_przel", rates.Agricultural);
                    if (forest > 0) other += Obj("L1", year, "lesny", "Las", $"{village}, obręb {village}", $"{r.Next(1, 400)}/{r.Next(1, 9)}", forest, "ha", rates.Forest);
                    var decisionDate = PolishCalendar.DueDateOrNextWorkingDay(new DateOnly(year, 2, r.Next(2, 20)));
                    var delivered = decisionDate.AddDays(r.Next(3, 12));
                    var kind = other > 0 ? TaxKind.JointObligation : TaxKind.RealEstate;
                    var decision = $"FN.3120.{number}.{year}";
                    foreach (var i in IndividualTaxSchedule.For(year, tax + other, delivered))
                        liabilities.Add(Liability(year, kind, i, (decision, decisionDate)));
                    var monthly = persons * rates.Waste;
                    Obj("W1", year, "odpady", $"Opłata za odpady komunalne — {persons} os.", location, "", persons, "osoba", rates.Waste, persons * rates.Waste * 12);
                    foreach (var i in waste.Instalments(year, monthly * 12))
                        liabilities.Add(Liability(year, TaxKind.WasteFee, i, null));
                }
                Pay(liabilities, habit);
            }
            return new DemoTaxpayer(_id, name, pesel.Length > 0 ? pesel : null, nip.Length > 0 ? nip : null, code);
        }

        private (string Name, string Pesel, string Nip, string Regon) Person()
        {
            var woman = r.Next(2) == 0;
            var (man, wom) = PolishNames.Surnames[r.Next(PolishNames.Surnames.Length)];
            var first = woman ? PolishNames.WomenFirst[r.Next(PolishNames.WomenFirst.Length)] : PolishNames.MenFirst[r.Next(PolishNames.MenFirst.Length)];
            var born = new DateOnly(1938, 1, 1).AddDays(r.Next(0, 365 * 66));
            var pesel = Pesel.Generate(born, woman ? Sex.Female : Sex.Male, r.Next(0, 5000)).Value;
            var nip = r.NextDouble() < 0.1 ? ValidNip() : ""; // some run a business as a person
            return ($"{first} {(woman ? wom : man)}", pesel, nip, "");
        }

        private (string Name, string Pesel, string Nip, string Regon) Organisation()
        {
            var (man, _) = PolishNames.Surnames[r.Next(PolishNames.Surnames.Length)];
            var word = PolishNames.BusinessWords[r.Next(PolishNames.BusinessWords.Length)];
            var name = r.Next(3) switch
            {
                0 => $"{word} {man} sp. z o.o.",
                1 => $"P.H.U. „{word}” {man} i Wspólnicy sp.j.",
                _ => $"{word} {town} S.A.",
            };
            return (name, "", ValidNip(), Regon.WithCheckDigit9(r.Next(10_000_000, 99_999_999).ToString(Inv)));
        }

        private string ValidNip()
        {
            while (true)
            {
                var prefix = r.Next(100_000_000, 999_999_999).ToString(Inv);
                try { return Nip.WithCheckDigit(prefix); }
                catch (ArgumentException) { } // no NIP with these nine digits: draw again
            }
        }

        private decimal Obj(string suffix, int year, string kind, string description, string location, string plot, decimal basis, string unit, decimal rate, decimal? amount = null)
        {
            var value = amount ?? Math.Round(basis * rate, 2, MidpointRounding.AwayFromZero);
            files[ImportFormat.Objects].Line($"{_id}-{suffix};{_id};{year};{kind};{description};{location};{plot};{M(basis)};{unit};{M(rate)};{M(value)}");
            return value;
        }

        private (string, TaxKind, Instalment, string) Liability(int year, TaxKind kind, Instalment i, (string Number, DateOnly Date)? decision)
        {
            var id = $"{year}-{_id}-{TaxKinds.Code(kind)}-{i.Number}";
            files[ImportFormat.Liabilities].Line($"{id};{_id};{year};{TaxKinds.Code(kind)};{decision?.Number};{decision?.Date.ToString("yyyy-MM-dd", Inv)};{i.Number};{i.DueDate:yyyy-MM-dd};{M(i.Amount)}");
            var title = $"{TaxKinds.Code(kind)} {year} {(i.Number == 0 ? "jednorazowo" : "rata " + i.Number)} ID {_id}";
            return (id, kind, i, title);
        }

        private void Pay(List<(string Id, TaxKind Kind, Instalment Due, string Title)> liabilities, Habit habit)
        {
            if (habit == Habit.Never) return;
            if (habit == Habit.Early)
            {
                // The whole year's tax paid at once, a few days before the first due date.
                foreach (var group in liabilities.GroupBy(l => l.Kind))
                {
                    var firstDue = group.Min(l => l.Due.DueDate).AddDays(-r.Next(3, 20));
                    if (firstDue > today) continue;
                    foreach (var l in group) PaymentLine(firstDue, l.Due.Amount, l.Id, l.Title);
                }
                return;
            }
            foreach (var l in liabilities)
            {
                var (date, amount) = habit switch
                {
                    Habit.Late => (l.Due.DueDate.AddDays(r.Next(5, 75)), l.Due.Amount),
                    Habit.Partial => (l.Due.DueDate.AddDays(-r.Next(0, 5)), r.NextDouble() < 0.5 ? Math.Round(l.Due.Amount * (decimal)(0.4 + r.NextDouble() * 0.5), 2) : l.Due.Amount),
                    Habit.Over => (l.Due.DueDate.AddDays(-r.Next(0, 5)), Math.Ceiling(l.Due.Amount / 50m) * 50m + 50m),
                    _ => (l.Due.DueDate.AddDays(-r.Next(0, 10)), l.Due.Amount),
                };
                if (date > today) continue; // not paid yet
                PaymentLine(date, amount, r.NextDouble() < 0.85 ? l.Id : null, l.Title);
            }
        }

        private void PaymentLine(DateOnly date, decimal amount, string? liability, string title)
        {
            var channel = r.Next(10) switch { < 6 => "przelew", < 8 => "online", _ => "kasa" };
            files[ImportFormat.Payments].Line($"{date.Year}-{_id}-W{++_payments};{_id};{date:yyyy-MM-dd};{M(amount)};{liability};{channel};{title}");
        }

        private int Pick(double[] weights)
        {
            var x = r.NextDouble();
            for (var i = 0; i < weights.Length; i++) if ((x -= weights[i]) < 0) return i;
            return weights.Length - 1;
        }

        private string Code(int length)
        {
            const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            return new string(Enumerable.Range(0, length).Select(_ => alphabet[r.Next(alphabet.Length)]).ToArray());
        }

        private static string Ascii(string text) => new(text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).Select(c => c == 'ł' ? 'l' : c == 'Ł' ? 'L' : char.ToLowerInvariant(c)).ToArray());

        private static string M(decimal d) => d.ToString("0.00##", Inv).Replace('.', ',');
    }
}
