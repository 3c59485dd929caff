using Platforma.Data;
using Platforma.Data.Gmina;
using Platforma.Domain;

namespace Platforma.Web.Imports;

/// <summary>
/// The four CSV files of the format: their columns, how one line is checked, and the scratch-table row it becomes.
/// The same code reads a line in the checking pass and in the loading pass, so what was checked is what is loaded.
/// </summary>
internal sealed class ImportFile(string name, string scratch, string[] required, string[] optional, BulkColumn[] columns,
    Func<RowReader, object?[]?> read)
{
    public string Name { get; } = name;
    /// <summary>Name of its scratch table during the apply.</summary>
    public string Scratch { get; } = scratch;
    public string[] Required { get; } = required;
    public string[] Optional { get; } = optional;
    public BulkColumn[] Columns { get; } = columns;

    /// <summary>The scratch row of the current line, or null when the line has errors (already reported).</summary>
    public object?[]? Read(RowReader row) => read(row);

    private static BulkColumn Text(string n) => new(n, BulkType.Text);
    private static BulkColumn Int(string n) => new(n, BulkType.Int);
    private static BulkColumn Dec(string n) => new(n, BulkType.Decimal);
    private static BulkColumn Date(string n) => new(n, BulkType.Date);

    public static readonly ImportFile Taxpayers = new(ImportFormat.Taxpayers, "podatnicy",
        ["id_podatnika", "rodzaj", "nazwa", "pesel", "nip", "regon", "adres", "kod_aktywacyjny"], ["email"],
        [Int("line"), Text("ext"), Int("kind"), Text("name"), Text("pesel"), Text("nip"), Text("regon"), Text("address"), Text("code_hash"), Text("email")],
        r =>
        {
            var id = r.Id("id_podatnika");
            var kind = r.Required("rodzaj") switch
            {
                "F" or "f" => TaxpayerKind.Person,
                "P" or "p" => TaxpayerKind.Organisation,
                "" => (TaxpayerKind?)null,
                var other => r.Fail<TaxpayerKind?>("rodzaj", $"„{other}” — dozwolone F (osoba fizyczna) lub P (osoba prawna, jednostka)"),
            };
            var name = r.Text("nazwa", 300, required: true);
            var pesel = r.Text("pesel", 11);
            var nip = r.Text("nip", 13)?.Replace("-", "").Replace(" ", "");
            var regon = r.Text("regon", 14);
            var address = r.Text("adres", 500);
            var code = r.Text("kod_aktywacyjny", 64);
            var email = r.Text("email", 256);
            if (pesel is not null && Pesel.Validate(pesel) is { IsValid: false } p) r.Warn("pesel", p.Message);
            if (nip is not null && Nip.Validate(nip) is { IsValid: false } n) r.Warn("nip", n.Message);
            if (regon is not null && Regon.Validate(regon) is { IsValid: false } g) r.Warn("regon", g.Message);
            if (kind == TaxpayerKind.Person && pesel is null && nip is null) r.Warn("pesel", "osoba fizyczna bez PESEL i NIP nie założy konta w portalu");
            if (nip is { Length: > 10 }) r.Fail<object>("nip", $"„{nip}” — NIP ma 10 cyfr");
            if (email is not null && !email.Contains('@')) r.Warn("email", $"„{email}” nie wygląda na adres e-mail");
            if (!r.Ok) return null;
            return [r.Line, id, (int)kind!.Value, name, pesel, nip, regon, address,
                code is null ? null : ActivationCodes.Hash(code), email];
        });

    public static readonly ImportFile Objects = new(ImportFormat.Objects, "przedmioty",
        ["id_przedmiotu", "id_podatnika", "rok", "rodzaj", "opis", "polozenie", "nr_dzialki", "podstawa", "jednostka", "stawka", "kwota"], [],
        [Int("line"), Text("ext"), Text("taxpayer"), Int("year"), Text("kind"), Text("description"), Text("location"), Text("plot"),
            Dec("basis"), Text("unit"), Dec("rate"), Dec("amount")],
        r =>
        {
            var id = r.Id("id_przedmiotu");
            var taxpayer = r.Id("id_podatnika");
            var year = r.Year("rok");
            var kind = r.Required("rodzaj") switch
            {
                "grunt" => TaxObjectKind.Land,
                "budynek" => TaxObjectKind.Building,
                "budowla" => TaxObjectKind.Structure,
                "rolny" => TaxObjectKind.Agricultural,
                "lesny" or "leśny" => TaxObjectKind.Forest,
                "pojazd" => TaxObjectKind.Vehicle,
                "odpady" => TaxObjectKind.Waste,
                "" => (TaxObjectKind?)null,
                var other => r.Fail<TaxObjectKind?>("rodzaj", $"„{other}” — dozwolone: grunt, budynek, budowla, rolny, lesny, pojazd, odpady"),
            };
            var description = r.Text("opis", 500);
            var location = r.Text("polozenie", 300);
            var plot = r.Text("nr_dzialki", 50);
            var basis = r.Amount("podstawa", nonNegative: true, decimals: 4);
            var unit = r.Text("jednostka", 20, required: true);
            var rate = r.Amount("stawka", nonNegative: true, decimals: 4);
            var amount = r.Amount("kwota", nonNegative: true);
            if (!r.Ok) return null;
            return [r.Line, id, taxpayer, year, kind!.Value.ToString(), description, location, plot, basis, unit, rate, amount];
        });

    public static readonly ImportFile Liabilities = new(ImportFormat.Liabilities, "naleznosci",
        ["id_naleznosci", "id_podatnika", "rok", "rodzaj_podatku", "nr_decyzji", "data_decyzji", "rata", "termin", "kwota"], ["koszty_upomnienia"],
        [Int("line"), Text("ext"), Text("taxpayer"), Int("year"), Text("tax_kind"), Text("decision"), Date("decision_date"),
            Int("instalment"), Date("due"), Dec("amount"), Dec("costs")],
        r =>
        {
            var id = r.Id("id_naleznosci");
            var taxpayer = r.Id("id_podatnika");
            var year = r.Year("rok");
            var code = r.Required("rodzaj_podatku");
            TaxKind? kind = code.Length == 0 ? null
                : TaxKinds.TryFromCode(code, out var k) ? k
                : r.Fail<TaxKind?>("rodzaj_podatku", $"„{code}” — dozwolone: PN, PR, PL, LZP, ST, OD");
            var decision = r.Text("nr_decyzji", 50);
            var decisionDate = r.Date("data_decyzji", required: false);
            int? instalment = ImportValues.TryInt(r.Required("rata"), out var rata) && rata is >= 0 and <= 12 ? rata
                : r.Fail<int?>("rata", $"„{r.Value("rata")}” — rata to liczba od 0 (jednorazowo) do 12");
            var due = r.Date("termin", required: true);
            var amount = r.Amount("kwota", nonNegative: true);
            var costs = r.Value("koszty_upomnienia").Length == 0 ? 0m : r.Amount("koszty_upomnienia", nonNegative: true);
            if (!r.Ok) return null;
            return [r.Line, id, taxpayer, year, kind!.Value.ToString(), decision, decisionDate, instalment, due, amount, costs];
        });

    public static readonly ImportFile Payments = new(ImportFormat.Payments, "wplaty",
        ["id_wplaty", "id_podatnika", "data", "kwota"], ["id_naleznosci", "kanal", "tytul"],
        [Int("line"), Text("ext"), Text("taxpayer"), Date("paid_on"), Int("year"), Dec("amount"), Text("liability"), Text("channel"), Text("title")],
        r =>
        {
            var id = r.Id("id_wplaty");
            var taxpayer = r.Id("id_podatnika");
            var date = r.Date("data", required: true);
            var amount = r.Amount("kwota", nonNegative: true);
            if (amount is 0m) r.Fail<object>("kwota", "wpłata musi mieć kwotę większą od zera");
            var liability = r.Value("id_naleznosci") is { Length: > 0 } l ? r.Id("id_naleznosci") : null;
            var channel = r.Text("kanal", 50);
            var title = r.Text("tytul", 300);
            if (!r.Ok) return null;
            // The year of the payment date; the apply takes the year of the liability instead when the payment is booked to one.
            return [r.Line, id, taxpayer, date, ((DateOnly)date!).Year, amount, liability, channel, title];
        });

    public static readonly ImportFile[] All = [Taxpayers, Objects, Liabilities, Payments];
}

/// <summary>Reads the fields of the current CSV line by column name, reporting each problem with file and line.</summary>
internal sealed class RowReader(ImportCsv csv, string file, ImportReport report, IReadOnlySet<int> years)
{
    private readonly Dictionary<string, int> _columns = csv.Header.Select((h, i) => (h, i))
        .GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i);
    private int _errorsAtStart;

    public int Line => csv.Line;
    public bool Ok => report.ErrorCount == _errorsAtStart;

    public void Begin() => _errorsAtStart = report.ErrorCount;

    public string Value(string column) => _columns.TryGetValue(column, out var i) ? csv.Get(i) : "";

    public string Required(string column)
    {
        var v = Value(column);
        if (v.Length == 0) report.Error(file, Line, $"{column}: brak wartości");
        return v;
    }

    public T? Fail<T>(string column, string message)
    {
        report.Error(file, Line, $"{column}: {message}");
        return default;
    }

    public void Warn(string column, string message) => report.Warning(file, Line, $"{column}: {message}");

    public string? Id(string column)
    {
        var v = Required(column);
        if (v.Length > ImportFormat.MaxIdLength) return Fail<string>(column, $"identyfikator ma {v.Length} znaków, najwyżej {ImportFormat.MaxIdLength}");
        return v.Length == 0 ? null : v;
    }

    public string? Text(string column, int max, bool required = false)
    {
        var v = required ? Required(column) : Value(column);
        if (v.Length > max) return Fail<string>(column, $"tekst ma {v.Length} znaków, najwyżej {max}");
        return ImportValues.NullIfEmpty(v);
    }

    public int? Year(string column)
    {
        var v = Required(column);
        if (v.Length == 0) return null;
        if (!ImportValues.TryInt(v, out var year)) return Fail<int?>(column, $"„{v}” nie jest rokiem");
        if (!years.Contains(year)) return Fail<int?>(column, $"rok {year} nie należy do lat pakietu ({string.Join(", ", years.Order())}) z manifest.json");
        return year;
    }

    public decimal? Amount(string column, bool nonNegative, int decimals = 2)
    {
        var v = Required(column);
        if (v.Length == 0) return null;
        if (!ImportValues.TryAmount(v, out var amount)) return Fail<decimal?>(column, $"„{v}” nie jest kwotą (np. 1234,56 lub 1234.56)");
        if (decimal.Round(amount, decimals) != amount) return Fail<decimal?>(column, $"„{v}” ma więcej niż {decimals} miejsca po przecinku");
        if (nonNegative && amount < 0) return Fail<decimal?>(column, $"kwota {v} nie może być ujemna");
        return amount;
    }

    public DateOnly? Date(string column, bool required)
    {
        var v = required ? Required(column) : Value(column);
        if (v.Length == 0) return null;
        return ImportValues.TryDate(v, out var date) ? date : Fail<DateOnly?>(column, $"„{v}” nie jest datą RRRR-MM-DD ani DD.MM.RRRR");
    }
}
