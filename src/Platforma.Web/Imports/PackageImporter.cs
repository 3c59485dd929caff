using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platforma.Data;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Imports;

/// <summary>Where an import is, for a progress display (and for the crash-safety test, which aborts it mid-way).</summary>
public sealed record ImportProgress(string Phase, string? File = null);

/// <summary>
/// Applies one received package to the current gmina's ledger, under the gmina's own principal, whole or not at all:
/// <list type="number">
/// <item>first pass (no database): manifest, each file's sha256 and encoding, headers (a package broken here has all
///   its lines checked too and is rejected before anything is locked);</item>
/// <item>one transaction: the import-state row is locked (so two imports of one gmina never interleave, whichever
///   way they came), a package equal to the last applied one is "unchanged", an older sequence is "stale"; otherwise
///   each line is checked as it streams into the scratch tables (one parse of a good package, not two — that is
///   what keeps the import near the speed of a raw COPY), row counts are compared with the manifest, the database
///   checks duplicates and references and names their lines, and only then taxpayers are upserted and the
///   package's years replaced. Any error rolls everything back.</item>
/// </list>
/// </summary>
public sealed class PackageImporter(TenantDbContext db, CurrentTenant current, DatabaseProvider provider, TimeProvider time,
    ILogger<PackageImporter> log)
{
    // In-process gate per gmina: spares a second import on this instance a long wait on the database lock (SQLite's
    // busy timeout would fail it). Across instances the import-state row lock is what counts.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    private const string Lock = "UPDATE \"ImportStates\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1";

    /// <summary>Records a package that arrived; the import itself runs later (<see cref="RunAsync"/>).</summary>
    public async Task<AssessmentImport> ReceiveAsync(ImportSource source, string submittedBy, string storedPath, string? fileName,
        string packageSha256, bool forced, CancellationToken ct)
    {
        var record = new AssessmentImport
        {
            ReceivedAt = time.GetUtcNow(), Source = source, SubmittedBy = Truncate(submittedBy, 256), StoredPath = storedPath,
            FileName = fileName is null ? null : Truncate(Path.GetFileName(fileName), 260), PackageSha256 = packageSha256,
            Forced = forced, Status = ImportStatus.Received,
        };
        db.AssessmentImports.Add(record);
        await db.SaveChangesAsync(ct);
        if (forced) log.LogWarning("Import {Id} of {Gmina} is forced by {By}: a stale sequence will be applied", record.Id, current.Required.Slug, submittedBy);
        return record;
    }

    /// <summary>
    /// Runs a received import. Returns the finished record (applied, unchanged, stale or rejected — all final); throws
    /// when the import failed for a reason outside the package (database down, process stopping), after marking it
    /// failed, so that the job is retried. An import already finished is returned as it is.
    /// </summary>
    public async Task<AssessmentImport> RunAsync(long importId, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var slug = current.Required.Slug;
        var gate = Gates.GetOrAdd(slug, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await RunGatedAsync(importId, progress, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<AssessmentImport> RunGatedAsync(long importId, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var record = await db.AssessmentImports.SingleAsync(i => i.Id == importId, ct);
        if (record.Status is ImportStatus.Applied or ImportStatus.Unchanged or ImportStatus.Rejected or ImportStatus.Stale) return record;
        record.Status = ImportStatus.Running;
        record.StartedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var started = time.GetTimestamp();
        var report = new ImportReport();
        try
        {
            progress?.Report(new ImportProgress("sprawdzanie"));
            using var package = Open(record.StoredPath, report);
            var checkedPackage = package is null ? null : PackageCheck.Run(package, current.Required.Slug, report);
            if (checkedPackage is null) return await FinishAsync(record, ImportStatus.Rejected, report, started, ct);
            Describe(record, checkedPackage, report);

            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ExecuteAsync(Lock, ct);
            var state = await db.ImportStates.SingleAsync(s => s.Id == ImportState.SingletonId, ct);
            var sequence = checkedPackage.Manifest.Sequence;
            if (state.LastContentSha256 == checkedPackage.ContentSha256)
            {
                state.LastSequence = Math.Max(state.LastSequence, sequence);
                Finish(record, ImportStatus.Unchanged, report, started);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return record;
            }
            if (sequence <= state.LastSequence && !record.Forced)
            {
                report.Error(ImportFormat.Manifest, null, $"sequence {sequence} nie jest większy od ostatnio zastosowanego ({state.LastSequence}): "
                    + "pakiet jest starszy niż dane w portalu i nie został zastosowany (urząd może go wymusić)");
                Finish(record, ImportStatus.Stale, report, started);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return record;
            }

            await StageAsync(package!, checkedPackage, report, progress, ct);
            Describe(record, checkedPackage, report);
            // Reference checks over a table with bad lines left out would blame good lines: lines first, then the rest.
            if (!report.HasErrors) await CheckStagedAsync(checkedPackage, report, ct);
            if (report.HasErrors)
            {
                await transaction.RollbackAsync(ct);
                return await FinishAfterRollbackAsync(record.Id, ImportStatus.Rejected, report, started, checkedPackage, ct);
            }
            await ApplyAsync(checkedPackage, progress, ct);

            if (record.Forced && sequence <= state.LastSequence)
                log.LogWarning("Forced import {Id}: sequence {Sequence} applied over {Last}", record.Id, sequence, state.LastSequence);
            state.LastSequence = record.Forced ? sequence : Math.Max(state.LastSequence, sequence);
            state.LastContentSha256 = checkedPackage.ContentSha256;
            state.LastImportId = record.Id;
            state.LastAppliedAt = time.GetUtcNow();
            Finish(record, ImportStatus.Applied, report, started);
            await db.SaveChangesAsync(ct);
            progress?.Report(new ImportProgress("zatwierdzanie"));
            await transaction.CommitAsync(ct);
            log.LogInformation("Import {Id} applied: {Taxpayers} taxpayers, {Objects} objects, {Liabilities} liabilities, {Payments} payments in {Ms} ms",
                record.Id, record.Taxpayers, record.Objects, record.Liabilities, record.Payments, record.DurationMs);
            return record;
        }
        catch (Exception e)
        {
            // The transaction (if any) is rolled back by now. Record the failure on a clean slate and let the job retry.
            log.LogError(e, "Import {Id} failed", importId);
            report.Error("(import)", null, e is OperationCanceledException
                ? "import został przerwany przed zatwierdzeniem; dane gminy są bez zmian, import zostanie ponowiony"
                : $"import nie powiódł się z przyczyny technicznej ({e.GetBaseException().Message}); dane gminy są bez zmian, import zostanie ponowiony");
            await FinishAfterRollbackAsync(importId, ImportStatus.Failed, report, started, null, CancellationToken.None);
            throw;
        }
    }

    private ImportPackage? Open(string? path, ImportReport report)
    {
        try
        {
            if (path is null || (!File.Exists(path) && !Directory.Exists(path)))
            {
                report.Error("(pakiet)", null, "pakietu nie ma już w miejscu, w którym go zapisano");
                return null;
            }
            return ImportPackage.Open(path);
        }
        catch (InvalidDataException)
        {
            report.Error("(pakiet)", null, "to nie jest plik ZIP ani folder z plikami pakietu");
            return null;
        }
    }

    private static void Describe(AssessmentImport record, CheckedPackage p, ImportReport report)
    {
        record.Sequence = p.Manifest.Sequence;
        record.System = p.Manifest.System is { } s ? Truncate(s, 200) : null;
        record.ExportedAt = p.Manifest.ExportedAt.ToUniversalTime(); // PostgreSQL stores instants in UTC only
        record.Years = string.Join(",", p.Manifest.Years);
        record.ContentSha256 = p.ContentSha256;
        record.Taxpayers = p.RowsOf(ImportFormat.Taxpayers);
        record.Objects = p.RowsOf(ImportFormat.Objects);
        record.Liabilities = p.RowsOf(ImportFormat.Liabilities);
        record.Payments = p.RowsOf(ImportFormat.Payments);
        record.Warnings = report.WarningCount;
    }

    private void Finish(AssessmentImport record, ImportStatus status, ImportReport report, long started)
    {
        record.Status = status;
        record.FinishedAt = time.GetUtcNow();
        record.DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        record.Warnings = report.WarningCount;
        record.Report = report.Format();
    }

    private async Task<AssessmentImport> FinishAsync(AssessmentImport record, ImportStatus status, ImportReport report, long started, CancellationToken ct)
    {
        Finish(record, status, report, started);
        await db.SaveChangesAsync(ct);
        return record;
    }

    private async Task<AssessmentImport> FinishAfterRollbackAsync(long importId, ImportStatus status, ImportReport report, long started,
        CheckedPackage? described, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (db.Database.CurrentTransaction is { } open) await open.DisposeAsync();
        var record = await db.AssessmentImports.SingleAsync(i => i.Id == importId, ct);
        if (described is not null) Describe(record, described, report);
        return await FinishAsync(record, status, report, started, ct);
    }

    private string T(ImportFile file) => provider.ScratchTable(file.Scratch);

    private async Task StageAsync(ImportPackage package, CheckedPackage p, ImportReport report, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        foreach (var file in ImportFile.All)
        {
            progress?.Report(new ImportProgress("ładowanie", file.Name));
            await ExecuteAsync(provider.CreateScratchTableSql(file.Scratch, file.Columns), ct);
            await provider.BulkLoadAsync(connection, transaction, T(file), file.Columns, PackageCheck.Rows(package, file, p, report), ct);
            // The checks and joins look rows up by their own id only (taxpayer and liability references are looked up
            // in the taxpayer and liability tables), so that is the one index a scratch table needs.
            await ExecuteAsync(provider.CreateScratchIndexSql(file.Scratch, "ext"), ct);
        }
        foreach (var file in ImportFile.All)
            await AnalyzeAsync(T(file), ct);
    }

    /// <summary>The checks that need every row at once, done by the database on the scratch tables, with line numbers.</summary>
    private async Task CheckStagedAsync(CheckedPackage p, ImportReport report, CancellationToken ct)
    {
        var years = string.Join(", ", p.Manifest.Years);
        var (tp, ob, li, pa) = (ImportFile.Taxpayers, ImportFile.Objects, ImportFile.Liabilities, ImportFile.Payments);

        async Task Duplicates(ImportFile file, string idColumn, bool perYear)
        {
            var sameYear = perYear ? " AND d.year = s.year" : "";
            await QueryAsync($"SELECT s.line, s.ext, MIN(d.line) FROM {T(file)} s JOIN {T(file)} d ON d.ext = s.ext{sameYear} AND d.line < s.line "
                + "GROUP BY s.line, s.ext ORDER BY s.line",
                r => report.Error(file.Name, r.GetInt32(0), $"{idColumn} „{r.GetString(1)}” powtarza się{(perYear ? " w tym samym roku" : "")} (pierwszy raz w wierszu {Convert.ToInt32(r.GetValue(2))})"), ct);
        }
        await Duplicates(tp, "id_podatnika", false);
        await Duplicates(ob, "id_przedmiotu", true);
        await Duplicates(li, "id_naleznosci", false);
        await Duplicates(pa, "id_wplaty", false);

        foreach (var file in new[] { ob, li, pa })
            await QueryAsync($"SELECT s.line, s.taxpayer FROM {T(file)} s WHERE NOT EXISTS (SELECT 1 FROM {T(tp)} t WHERE t.ext = s.taxpayer) "
                + "AND NOT EXISTS (SELECT 1 FROM \"Taxpayers\" t WHERE t.\"ExternalId\" = s.taxpayer) ORDER BY s.line",
                r => report.Error(file.Name, r.GetInt32(0), $"id_podatnika „{r.GetString(1)}”: nieznany podatnik (nie ma go w podatnicy.csv ani w portalu)"), ct);

        await QueryAsync($"SELECT s.line, s.liability FROM {T(pa)} s WHERE s.liability IS NOT NULL "
            + $"AND NOT EXISTS (SELECT 1 FROM {T(li)} n WHERE n.ext = s.liability) ORDER BY s.line",
            r => report.Error(pa.Name, r.GetInt32(0), $"id_naleznosci „{r.GetString(1)}”: nieznana należność (nie ma jej w naleznosci.csv)"), ct);
        // A payment booked to a liability belongs to that liability's year (checked above to be a package year); one
        // booked to none belongs to the year of its date, which must be a package year too.
        await QueryAsync($"SELECT s.line, s.year FROM {T(pa)} s WHERE s.liability IS NULL AND s.year NOT IN ({years}) ORDER BY s.line",
            r => report.Error(pa.Name, r.GetInt32(0), $"wpłata nie przypisana do należności należy do roku swojej daty ({r.GetInt32(1)}), którego pakiet nie obejmuje"), ct);

        // Ids are unique across years in the ledger: one of a year the package does not replace would collide.
        await QueryAsync($"SELECT s.line, s.ext, l.\"Year\" FROM {T(li)} s JOIN \"Liabilities\" l ON l.\"ExternalId\" = s.ext "
            + $"WHERE l.\"Year\" NOT IN ({years}) ORDER BY s.line",
            r => report.Error(li.Name, r.GetInt32(0), $"id_naleznosci „{r.GetString(1)}” jest już w portalu w roku {Convert.ToInt32(r.GetValue(2))}, którego pakiet nie obejmuje"), ct);
        await QueryAsync($"SELECT s.line, s.ext, l.\"Year\" FROM {T(pa)} s JOIN \"Payments\" l ON l.\"ExternalId\" = s.ext "
            + $"WHERE l.\"Year\" NOT IN ({years}) ORDER BY s.line",
            r => report.Error(pa.Name, r.GetInt32(0), $"id_wplaty „{r.GetString(1)}” jest już w portalu w roku {Convert.ToInt32(r.GetValue(2))}, którego pakiet nie obejmuje"), ct);
    }

    private async Task ApplyAsync(CheckedPackage p, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var years = string.Join(", ", p.Manifest.Years);
        var (tp, ob, li, pa) = (T(ImportFile.Taxpayers), T(ImportFile.Objects), T(ImportFile.Liabilities), T(ImportFile.Payments));

        progress?.Report(new ImportProgress("zapisywanie", ImportFormat.Taxpayers));
        await ExecuteAsync(provider.UpdateFromSql("Taxpayers", tp, "ExternalId", "ext",
        [
            ("Kind", "s.kind"), ("Name", "s.name"), ("Pesel", "s.pesel"), ("Nip", "s.nip"), ("Regon", "s.regon"), ("Address", "s.address"),
            ("ActivationCodeHash", "s.code_hash"), ("Email", "s.email"), ("UpdatedAt", "{0}"),
        ]), [now], ct);
        await ExecuteAsync(
            "INSERT INTO \"Taxpayers\" (\"ExternalId\", \"Kind\", \"Name\", \"Pesel\", \"Nip\", \"Regon\", \"Address\", \"ActivationCodeHash\", \"Email\", \"FirstImportedAt\", \"UpdatedAt\") "
            + $"SELECT s.ext, s.kind, s.name, s.pesel, s.nip, s.regon, s.address, s.code_hash, s.email, {{0}}, {{0}} FROM {tp} s "
            + "WHERE NOT EXISTS (SELECT 1 FROM \"Taxpayers\" t WHERE t.\"ExternalId\" = s.ext)", [now], ct);
        await AnalyzeAsync("\"Taxpayers\"", ct);

        progress?.Report(new ImportProgress("zapisywanie", ImportFormat.Objects));
        await ExecuteAsync($"DELETE FROM \"Payments\" WHERE \"Year\" IN ({years})", ct);
        await ExecuteAsync($"DELETE FROM \"Liabilities\" WHERE \"Year\" IN ({years})", ct);
        await ExecuteAsync($"DELETE FROM \"TaxObjects\" WHERE \"Year\" IN ({years})", ct);
        await ExecuteAsync(
            "INSERT INTO \"TaxObjects\" (\"ExternalId\", \"TaxpayerId\", \"Year\", \"Kind\", \"Description\", \"Location\", \"PlotNumber\", \"Basis\", \"Unit\", \"Rate\", \"Amount\") "
            + $"SELECT s.ext, t.\"Id\", s.year, s.kind, s.description, s.location, s.plot, s.basis, s.unit, s.rate, s.amount FROM {ob} s "
            + "JOIN \"Taxpayers\" t ON t.\"ExternalId\" = s.taxpayer", ct);

        progress?.Report(new ImportProgress("zapisywanie", ImportFormat.Liabilities));
        await ExecuteAsync(
            "INSERT INTO \"Liabilities\" (\"ExternalId\", \"TaxpayerId\", \"Year\", \"TaxKind\", \"DecisionNumber\", \"DecisionDate\", \"Instalment\", \"DueDate\", \"Amount\", \"Costs\") "
            + $"SELECT s.ext, t.\"Id\", s.year, s.tax_kind, s.decision, s.decision_date, s.instalment, s.due, s.amount, s.costs FROM {li} s "
            + "JOIN \"Taxpayers\" t ON t.\"ExternalId\" = s.taxpayer", ct);
        await AnalyzeAsync("\"Liabilities\"", ct);

        progress?.Report(new ImportProgress("zapisywanie", ImportFormat.Payments));
        await ExecuteAsync(
            "INSERT INTO \"Payments\" (\"ExternalId\", \"TaxpayerId\", \"Date\", \"Year\", \"Amount\", \"LiabilityId\", \"Channel\", \"Title\") "
            + $"SELECT s.ext, t.\"Id\", s.paid_on, COALESCE(l.\"Year\", s.year), s.amount, l.\"Id\", s.channel, s.title FROM {pa} s "
            + "JOIN \"Taxpayers\" t ON t.\"ExternalId\" = s.taxpayer LEFT JOIN \"Liabilities\" l ON l.\"ExternalId\" = s.liability", ct);

        foreach (var file in ImportFile.All)
            await ExecuteAsync($"DROP TABLE {T(file)}", ct);
    }

    private async Task AnalyzeAsync(string table, CancellationToken ct)
    {
        if (provider.AnalyzeSql(table) is { } analyze) await ExecuteAsync(analyze, ct);
    }

    // All SQL here is built from constants, provider-made scratch-table names and the manifest's integer years; values
    // from the package travel only through the bulk load and parameters.
    private Task<int> ExecuteAsync(string sql, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(sql, ct);
    private Task<int> ExecuteAsync(string sql, object[] parameters, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(sql, parameters, ct);

    private async Task QueryAsync(string sql, Action<DbDataReader> onRow, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = 3600;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var seen = 0;
        while (seen++ < ImportReport.MaxListed && await reader.ReadAsync(ct)) onRow(reader);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
