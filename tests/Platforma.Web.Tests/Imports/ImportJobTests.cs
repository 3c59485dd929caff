using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Imports;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Imports;

/// <summary>Real packages through the real import job, on SQLite and on PostgreSQL. Each test works in a gmina of its own.</summary>
public abstract class ImportJobTests(PlatformHost host)
{
    [Fact]
    public async Task Apply_a_valid_package_exactly_and_replace_only_its_years()
    {
        const string slug = "bojanowo";
        var first = await ImportAsync(slug, TestPackage.Valid(slug, 10).Write());
        Assert.Equal(ImportStatus.Applied, first.Status);
        Assert.Equal((3, 5, 8, 4), (first.Taxpayers, first.Objects, first.Liabilities, first.Payments));

        var ledger = await host.InGminaAsync(slug, async s =>
        {
            var db = s.GetRequiredService<TenantDbContext>();
            return new
            {
                Laka = await db.Taxpayers.SingleAsync(t => t.ExternalId == "P3"),
                N6 = await db.Liabilities.SingleAsync(l => l.ExternalId == "N6"),
                W2 = await db.Payments.Include(p => p.Liability).SingleAsync(p => p.ExternalId == "W2"),
                W4 = await db.Payments.SingleAsync(p => p.ExternalId == "W4"),
                Tractor = await db.TaxObjects.SingleAsync(o => o.ExternalId == "O4"),
            };
        });
        Assert.Equal("Gospodarstwo „Łąka” sp. z o.o.", ledger.Laka.Name);
        Assert.Equal(TaxpayerKind.Organisation, ledger.Laka.Kind);
        Assert.Equal(ActivationCodes.Hash("akt3 laka 0003"), ledger.Laka.ActivationCodeHash);
        Assert.Equal((2026, TaxKind.RealEstate, 4, new DateOnly(2026, 11, 16), 124.00m), (ledger.N6.Year, ledger.N6.TaxKind, ledger.N6.Instalment, ledger.N6.DueDate, ledger.N6.Amount));
        Assert.Equal(("N2", 119.00m, new DateOnly(2026, 4, 20), 2026), (ledger.W2.Liability!.ExternalId, ledger.W2.Amount, ledger.W2.Date, ledger.W2.Year));
        Assert.Null(ledger.W4.LiabilityId);
        Assert.Equal((TaxObjectKind.Vehicle, 2800m, "szt"), (ledger.Tractor.Kind, ledger.Tractor.Amount, ledger.Tractor.Unit));

        // The next export describes 2026 only, without N8 and W4: 2026 becomes exactly that, 2025 stays as it was.
        var next = TestPackage.Valid(slug, 11);
        next.Years = [2026];
        next.Files[ImportFormat.Objects].RemoveAt(1);
        next.Files[ImportFormat.Liabilities].RemoveAt(1);
        next.Files[ImportFormat.Payments].RemoveAt(1);
        next.Files[ImportFormat.Liabilities].Remove("N8;P3;2026;ST;;;2;2026-09-15;1400,00");
        next.Files[ImportFormat.Payments].Remove("W4;P3;2026-02-20;1400,00;;przelew;ST 2026");
        next.Line(ImportFormat.Taxpayers, 2, "P1;F;Zofia Wiśniewska-Nowak;44051401359;;;ul. Poznańska 1, 62-050 Mosina;AKT1-ZOFIA-0001;");
        Assert.Equal(ImportStatus.Applied, (await ImportAsync(slug, next.Write())).Status);

        var after = await LedgerAsync(slug);
        Assert.Contains("L N1 2025 115", after);
        Assert.Contains("P W1 2025 115", after);
        Assert.DoesNotContain("L N8 ", after);
        Assert.DoesNotContain("P W4 ", after);
        Assert.Contains("T P1 Zofia Wiśniewska-Nowak", after);
        Assert.Contains("T P3 ", after); // taxpayers are never deleted
    }

    [Fact]
    public async Task Change_nothing_when_the_same_package_comes_twice_and_say_so()
    {
        const string slug = "brudzew";
        var path = TestPackage.Valid(slug, 5).Write();
        Assert.Equal(ImportStatus.Applied, (await ImportAsync(slug, path)).Status);
        var before = await LedgerAsync(slug, withIds: true);

        var again = await ImportAsync(slug, path);
        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(before, await LedgerAsync(slug, withIds: true));

        // Re-exported with a new sequence number but the same content: still nothing to change.
        var reExported = await ImportAsync(slug, TestPackage.Valid(slug, 6).Write());
        Assert.Equal(ImportStatus.Unchanged, reExported.Status);
        Assert.Equal(before, await LedgerAsync(slug, withIds: true));
    }

    [Fact]
    public async Task Refuse_a_stale_sequence_unless_the_office_forces_it()
    {
        const string slug = "chodziez";
        Assert.Equal(ImportStatus.Applied, (await ImportAsync(slug, TestPackage.Valid(slug, 20).Write())).Status);
        var before = await LedgerAsync(slug);

        var older = TestPackage.Valid(slug, 19).Line(ImportFormat.Liabilities, 3, "N2;P1;2026;PN;FN.3120.1.2026;10.02.2026;1;16.03.2026;999,00");
        var stale = await ImportAsync(slug, older.Write());
        Assert.Equal(ImportStatus.Stale, stale.Status);
        Assert.Contains("sequence 19 nie jest większy od ostatnio zastosowanego (20)", stale.Report);
        Assert.Equal(before, await LedgerAsync(slug));

        var forced = await ImportAsync(slug, older.Write(), forced: true);
        Assert.Equal(ImportStatus.Applied, forced.Status);
        Assert.True(forced.Forced);
        Assert.Contains("L N2 2026 999", await LedgerAsync(slug));
    }

    public static TheoryData<string, string, int?, string> StructuralErrors => new()
    {
        { "missing-column", ImportFormat.Liabilities, 1, "brak wymaganych kolumn: kwota" },
        { "bad-date", ImportFormat.Liabilities, 4, "termin: „2026-02-30” nie jest datą" },
        { "bad-amount", ImportFormat.Objects, 3, "kwota: „12,3,4” nie jest kwotą" },
        { "duplicate-id", ImportFormat.Taxpayers, 5, "id_podatnika „P2” powtarza się (pierwszy raz w wierszu 3)" },
        { "unknown-taxpayer", ImportFormat.Objects, 4, "id_podatnika „P999”: nieznany podatnik" },
        { "unknown-liability", ImportFormat.Payments, 3, "id_naleznosci „N999”: nieznana należność" },
        { "year-outside", ImportFormat.Liabilities, 2, "rok 2024 nie należy do lat pakietu" },
        { "rows-mismatch", ImportFormat.Payments, null, "plik ma 4 wierszy danych, a manifest.json podaje 7" },
        { "sha-mismatch", ImportFormat.Taxpayers, null, "sha256 pliku" },
        { "bad-kind", ImportFormat.Taxpayers, 2, "rodzaj: „X” — dozwolone F" },
        { "missing-file", ImportFormat.Payments, null, "brak pliku w pakiecie" },
    };

    [Theory, MemberData(nameof(StructuralErrors))]
    public async Task Reject_a_structural_error_naming_file_and_line_and_keep_the_previous_data(string kind, string file, int? line, string reason)
    {
        const string slug = "czerniejewo";
        await EnsureBaselineAsync(slug);
        var before = await LedgerAsync(slug, withIds: true);
        var package = TestPackage.Valid(slug, 1000 + Interlocked.Increment(ref _sequence));
        switch (kind)
        {
            case "missing-column": package.Files[ImportFormat.Liabilities] = package.Files[ImportFormat.Liabilities].Select(l => l[..l.LastIndexOf(';')]).ToList(); break;
            case "bad-date": package.Line(file, 4, "N3;P2;2026;PN;FN.3120.2.2026;2026-02-10;1;2026-02-30;124,00"); break;
            case "bad-amount": package.Line(file, 3, "O1;P1;2026;budynek;Budynek mieszkalny;Mosina;123/4;100,00;m2;1,19;12,3,4"); break;
            case "duplicate-id": package.Add(file, "P2;F;Jan Kowalski;02211307589;;;ul. Długa 7;AKT2-JAN-00002;"); break;
            case "unknown-taxpayer": package.Line(file, 4, "O2;P999;2026;grunt;Grunt;Mosina;55/1;800;m2;0,62;496,00"); break;
            case "unknown-liability": package.Line(file, 3, "W2;P1;2026-04-20;119.00;N999;kasa;PN 2026"); break;
            case "year-outside": package.Line(file, 2, "N1;P1;2024;PN;FN.3120.1.2024;2024-02-10;1;2024-03-15;115,00"); break;
            case "rows-mismatch": package.EditManifest = m => ((Dictionary<string, object>)((Dictionary<string, object>)m["files"])[file])["rows"] = 7; break;
            case "sha-mismatch": package.EditBytes = (name, bytes) => name == file ? [.. bytes[..^3], (byte)'X', (byte)'\r', (byte)'\n'] : bytes; break;
            case "bad-kind": package.Line(file, 2, "P1;X;Zofia Wiśniewska;44051401359;;;ul. Poznańska 1;AKT1;"); break;
            case "missing-file": package.Files.Remove(file); package.EditManifest = m => ((Dictionary<string, object>)m["files"])[file] = new Dictionary<string, object> { ["rows"] = 1, ["sha256"] = new string('a', 64) }; break;
        }

        var result = await ImportAsync(slug, package.Write());

        Assert.Equal(ImportStatus.Rejected, result.Status);
        var expected = $"BŁĄD: {file}{(line is { } l ? $", wiersz {l}" : "")}: ";
        Assert.Contains(result.Report!.Split('\n'), r => r.StartsWith(expected, StringComparison.Ordinal) && r.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(before, await LedgerAsync(slug, withIds: true));
    }

    private static int _sequence;

    [Fact]
    public async Task Read_a_windows_1250_file_with_polish_letters()
    {
        const string slug = "czempin";
        var package = TestPackage.Valid(slug, 1);
        package.Encoding = FileFactsEncoding.Windows1250;
        package.Line(ImportFormat.Taxpayers, 2, "P1;F;Żaneta Źdźbło-Łęcka;44051401359;;;ul. Świętego Michała 5, Czempiń;AKT1;");

        var result = await ImportAsync(slug, package.Write());

        Assert.Equal(ImportStatus.Applied, result.Status);
        var p1 = await host.InGminaAsync(slug, s => s.GetRequiredService<TenantDbContext>().Taxpayers.SingleAsync(t => t.ExternalId == "P1"));
        Assert.Equal(("Żaneta Źdźbło-Łęcka", "ul. Świętego Michała 5, Czempiń"), (p1.Name, p1.Address));
    }

    [Fact]
    public async Task Catch_a_truncated_file_by_the_manifest_and_keep_the_previous_data()
    {
        const string slug = "drawsko";
        await EnsureBaselineAsync(slug);
        var before = await LedgerAsync(slug, withIds: true);
        var package = TestPackage.Valid(slug, 2);
        package.EditBytes = (name, bytes) => name == ImportFormat.Payments ? bytes[..(bytes.Length * 2 / 3)] : bytes;

        var result = await ImportAsync(slug, package.Write());

        Assert.Equal(ImportStatus.Rejected, result.Status);
        Assert.Contains("BŁĄD: wplaty.csv: sha256 pliku", result.Report);
        Assert.Contains("BŁĄD: wplaty.csv: plik ma ", result.Report);
        Assert.Equal(before, await LedgerAsync(slug, withIds: true));
    }

    [Fact]
    public async Task Refuse_a_package_for_another_gmina()
    {
        const string slug = "jaraczewo";
        await EnsureBaselineAsync(slug);
        var before = await LedgerAsync(slug, withIds: true);

        var result = await ImportAsync(slug, TestPackage.Valid("mosina", 50).Write());

        Assert.Equal(ImportStatus.Rejected, result.Status);
        Assert.Contains("BŁĄD: manifest.json: pakiet jest dla gminy „mosina”, a został przysłany do gminy „jaraczewo”", result.Report);
        Assert.Equal(before, await LedgerAsync(slug, withIds: true));
    }

    [Fact]
    public async Task Warn_about_identifier_checksums_without_rejecting()
    {
        const string slug = "kostrzyn";
        var package = TestPackage.Valid(slug, 1).Line(ImportFormat.Taxpayers, 2, "P1;F;Zofia Wiśniewska;44051401358;;;ul. Poznańska 1;AKT1;");

        var result = await ImportAsync(slug, package.Write(asFolder: true));

        Assert.Equal(ImportStatus.Applied, result.Status);
        Assert.Equal(1, result.Warnings);
        Assert.Contains("OSTRZEŻENIE: podatnicy.csv, wiersz 2: pesel: PESEL ma błędną cyfrę kontrolną", result.Report);
    }

    [Fact]
    public async Task Roll_back_an_import_aborted_mid_way_and_apply_it_when_retried()
    {
        const string slug = "krzyz-wielkopolski";
        await EnsureBaselineAsync(slug);
        var before = await LedgerAsync(slug, withIds: true);
        var package = TestPackage.Valid(slug, 2)
            .Line(ImportFormat.Taxpayers, 2, "P1;F;Zofia Nowa;44051401359;;;ul. Nowa 1;AKT1;")
            .Line(ImportFormat.Liabilities, 3, "N2;P1;2026;PN;FN.3120.1.2026;10.02.2026;1;16.03.2026;555,00");
        var path = package.Write();
        var id = await ReceiveAsync(slug, path, forced: false);

        // Abort once taxpayers and objects are already written inside the transaction, before liabilities.
        using var abort = new CancellationTokenSource();
        var progress = new Synchronous(p => { if (p is { Phase: "zapisywanie", File: ImportFormat.Liabilities }) abort.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.InGminaAsync(slug, s =>
            s.GetRequiredService<PackageImporter>().RunAsync(id, progress, abort.Token)));

        Assert.Equal(before, await LedgerAsync(slug, withIds: true));
        var failed = await RecordAsync(slug, id);
        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Contains("import zostanie ponowiony", failed.Report);

        // Hangfire's retry runs the same job for the same stored package.
        Assert.Equal(ImportStatus.Applied, await host.Services.GetRequiredService<ImportJob>().RunAsync(slug, id, CancellationToken.None));
        var after = await LedgerAsync(slug);
        Assert.Contains("T P1 Zofia Nowa", after);
        Assert.Contains("L N2 2026 555", after);
    }

    [Fact]
    public async Task Import_the_inbox_and_move_packages_aside_never_deleting_them()
    {
        const string slug = "lubasz";
        var tenant = (await host.Services.GetRequiredService<Platforma.Web.Tenancy.TenantCatalog>().FindAsync(slug))!;
        var inbox = host.Services.GetRequiredService<ImportStore>().InboxFor(tenant);
        Directory.CreateDirectory(inbox);
        File.Move(TestPackage.Valid(slug, 1).Write(), Path.Combine(inbox, "a-eksport-1.zip"));
        File.Move(TestPackage.Valid("mosina", 2).Write(), Path.Combine(inbox, "b-obcy.zip"));
        Directory.Move(TestPackage.Valid(slug, 3).Line(ImportFormat.Liabilities, 3, "N2;P1;2026;PN;FN.1;10.02.2026;1;16.03.2026;321,00").Write(asFolder: true),
            Path.Combine(inbox, "c-eksport-3"));

        var done = await host.Services.GetRequiredService<InboxImportJob>().RunAsync(slug, CancellationToken.None);

        Assert.Equal(3, done);
        Assert.Empty(host.Services.GetRequiredService<ImportStore>().Waiting(inbox));
        Assert.Equal(2, Directory.GetFileSystemEntries(Path.Combine(inbox, ImportStore.Processed)).Length);
        Assert.Single(Directory.GetFiles(Path.Combine(inbox, ImportStore.Rejected), "*-b-obcy.zip"));
        Assert.Contains("L N2 2026 321", await LedgerAsync(slug));
        var history = await host.InGminaAsync(slug, s => s.GetRequiredService<TenantDbContext>().AssessmentImports.AsNoTracking().OrderBy(i => i.Id).ToListAsync());
        Assert.Equal([ImportStatus.Applied, ImportStatus.Rejected, ImportStatus.Applied], history.Select(i => i.Status));
        Assert.All(history, i => Assert.True(File.Exists(i.StoredPath) || Directory.Exists(i.StoredPath)));
        Assert.All(history, i => Assert.Equal(ImportSource.Inbox, i.Source));
    }

    [Fact]
    public async Task Never_run_two_imports_of_one_gmina_at_once()
    {
        const string slug = "lubon";
        var paths = Enumerable.Range(1, 4).Select(i => TestPackage.Valid(slug, i)
            .Line(ImportFormat.Liabilities, 3, $"N2;P1;2026;PN;FN.1;10.02.2026;1;16.03.2026;{i}00,00").Write()).ToList();
        var ids = new List<long>();
        foreach (var path in paths) ids.Add(await ReceiveAsync(slug, path, forced: false));

        var statuses = await Task.WhenAll(ids.Select(id => Task.Run(() => host.Services.GetRequiredService<ImportJob>().RunAsync(slug, id, CancellationToken.None))));

        var records = await host.InGminaAsync(slug, s => s.GetRequiredService<TenantDbContext>().AssessmentImports.AsNoTracking()
            .Where(i => ids.Contains(i.Id)).ToListAsync());
        var spans = records.Select(r => (r.StartedAt!.Value, r.FinishedAt!.Value)).OrderBy(s => s.Item1).ToList();
        for (var i = 1; i < spans.Count; i++) Assert.True(spans[i].Item1 >= spans[i - 1].Item2, "two imports of one gmina overlapped");
        Assert.Contains(ImportStatus.Applied, statuses);
        Assert.All(statuses, s => Assert.True(s is ImportStatus.Applied or ImportStatus.Stale));
        Assert.Contains("L N2 2026 400", await LedgerAsync(slug)); // the newest sequence wins whatever the order
    }

    [Fact]
    public async Task Not_import_into_a_suspended_gmina_until_it_is_resumed()
    {
        const string slug = "opalenica";
        var id = await ReceiveAsync(slug, TestPackage.Valid(slug, 1).Write(), forced: false);
        var lifecycle = host.Services.GetRequiredService<Platforma.Web.Tenancy.TenantLifecycle>();
        await lifecycle.SuspendAsync(slug, "test");
        try
        {
            await Assert.ThrowsAsync<Platforma.Web.Tenancy.TenantUnavailableException>(() =>
                host.Services.GetRequiredService<ImportJob>().RunAsync(slug, id, CancellationToken.None));
            Assert.Equal(ImportStatus.Received, (await RecordAsync(slug, id)).Status);
        }
        finally
        {
            await lifecycle.ResumeAsync(slug, "test");
        }
        Assert.Equal(ImportStatus.Applied, await host.Services.GetRequiredService<ImportJob>().RunAsync(slug, id, CancellationToken.None));
    }

    [Fact]
    public async Task Import_the_documented_example_package()
    {
        var example = Path.Combine(Repository.Root, "docs", "examples", "import-package");

        var result = await ImportAsync("mosina", example);

        Assert.True(result.Status == ImportStatus.Applied, result.Report);
        Assert.Equal((3, 8, 26, 7, 0), (result.Taxpayers, result.Objects, result.Liabilities, result.Payments, result.Warnings));
        Assert.True(Directory.Exists(example)); // imported in place, never moved or changed
        var ledger = await LedgerAsync("mosina");
        Assert.Contains("T 000103 Piekarnia „Pod Lipą” sp. z o.o.", ledger);
        Assert.Contains("L PN-2026-103-01 2026 1352.37", ledger);
    }

    private async Task EnsureBaselineAsync(string slug)
    {
        var state = await host.InGminaAsync(slug, s => s.GetRequiredService<TenantDbContext>().ImportStates.AsNoTracking().SingleAsync());
        if (state.LastSequence == 0) Assert.Equal(ImportStatus.Applied, (await ImportAsync(slug, TestPackage.Valid(slug, 1).Write())).Status);
    }

    private Task<long> ReceiveAsync(string slug, string path, bool forced) => host.InGminaAsync(slug, async s =>
        (await s.GetRequiredService<PackageImporter>().ReceiveAsync(ImportSource.Upload, "test", path, Path.GetFileName(path),
            ImportStore.HashOf(path), forced, CancellationToken.None)).Id);

    private Task<AssessmentImport> RecordAsync(string slug, long id) =>
        host.InGminaAsync(slug, s => s.GetRequiredService<TenantDbContext>().AssessmentImports.AsNoTracking().SingleAsync(i => i.Id == id));

    /// <summary>Receives a package and runs the real Hangfire job method on it, as a worker would.</summary>
    private async Task<AssessmentImport> ImportAsync(string slug, string path, bool forced = false)
    {
        var id = await ReceiveAsync(slug, path, forced);
        await host.Services.GetRequiredService<ImportJob>().RunAsync(slug, id, CancellationToken.None);
        return await RecordAsync(slug, id);
    }

    /// <summary>The gmina's whole ledger as sorted lines (with database ids when asked: then a rewrite shows too).</summary>
    private Task<string> LedgerAsync(string slug, bool withIds = false) => host.InGminaAsync(slug, async s =>
    {
        var db = s.GetRequiredService<TenantDbContext>();
        string Id(long id) => withIds ? $"#{id} " : "";
        string M(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
        var lines = new List<string>();
        lines.AddRange((await db.Taxpayers.AsNoTracking().ToListAsync()).Select(t => $"T {t.ExternalId} {t.Name} {Id(t.Id)}{t.Kind} {t.Pesel} {t.Nip} {t.Regon} {t.Address} {t.ActivationCodeHash} {t.Email}"));
        lines.AddRange((await db.TaxObjects.AsNoTracking().ToListAsync()).Select(o => $"O {o.ExternalId} {o.Year} {M(o.Amount)} {Id(o.Id)}{o.TaxpayerId} {o.Kind} {M(o.Basis)} {o.Unit} {M(o.Rate)} {o.Description}"));
        lines.AddRange((await db.Liabilities.AsNoTracking().ToListAsync()).Select(l => $"L {l.ExternalId} {l.Year} {M(l.Amount)} {Id(l.Id)}{l.TaxpayerId} {l.TaxKind} {l.Instalment} {l.DueDate} {l.DecisionNumber}"));
        lines.AddRange((await db.Payments.AsNoTracking().ToListAsync()).Select(p => $"P {p.ExternalId} {p.Year} {M(p.Amount)} {Id(p.Id)}{p.TaxpayerId} {p.Date} {p.LiabilityId} {p.Channel}"));
        return string.Join("\n", lines.Order(StringComparer.Ordinal));
    });

    private sealed class Synchronous(Action<ImportProgress> onReport) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => onReport(value);
    }
}

internal static class FileFactsEncoding
{
    public static Encoding Windows1250
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1250);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportJobOnSqlite(SqliteHost host) : ImportJobTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ImportJobOnPostgres(PostgresHost host) : ImportJobTests(host);
