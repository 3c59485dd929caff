using System.ComponentModel;
using Hangfire;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Imports;

/// <summary>
/// The job every package goes through, however it arrived (inbox, API, upload): the gmina is an explicit argument and
/// the job enters it through <see cref="TenantScopes"/> — a suspended gmina does not import. A failure outside the
/// package (database down, process stopped) throws, so Hangfire retries it; the retry starts from the stored package.
/// </summary>
public sealed class ImportJob(TenantScopes scopes)
{
    [Queue("imports")]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600])]
    [DisplayName("Import pakietu {1} — gmina {0}")]
    public async Task<ImportStatus> RunAsync(string gmina, long importId, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(gmina, ct: ct);
        var record = await scope.Services.GetRequiredService<PackageImporter>().RunAsync(importId, null, ct);
        return record.Status;
    }
}

/// <summary>
/// Recurring <c>import-assessments:{slug}</c>: imports the packages waiting in the gmina's inbox folder, oldest name
/// first, each through the same importer as the API. Finished packages are moved to processed/ (applied, unchanged)
/// or rejected/ (rejected, stale); a package whose import failed for a technical reason stays for the next run.
/// </summary>
public sealed class InboxImportJob(TenantScopes scopes, ImportStore store, ILogger<InboxImportJob> log)
{
    [Queue("imports")]
    [AutomaticRetry(Attempts = 0)] // the next scheduled run is the retry
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [DisplayName("Import ze skrzynki — gmina {0}")]
    public async Task<int> RunAsync(string gmina, CancellationToken ct)
    {
        await using var scope = await scopes.BeginAsync(gmina, ct: ct);
        var importer = scope.Services.GetRequiredService<PackageImporter>();
        var inbox = store.InboxFor(scope.Tenant);
        Directory.CreateDirectory(inbox);
        var done = 0;
        foreach (var path in store.Waiting(inbox))
        {
            ct.ThrowIfCancellationRequested();
            var record = await importer.ReceiveAsync(ImportSource.Inbox, "skrzynka: " + inbox, path, Path.GetFileName(path),
                ImportStore.HashOf(path), forced: false, ct);
            AssessmentImport result;
            try
            {
                result = await importer.RunAsync(record.Id, null, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Package {Package} stays in the inbox for the next run: {Reason}", Path.GetFileName(path), e.GetBaseException().Message);
                continue;
            }
            var accepted = result.Status is ImportStatus.Applied or ImportStatus.Unchanged;
            result.StoredPath = store.MoveAside(path, accepted);
            await scope.Services.GetRequiredService<TenantDbContext>().SaveChangesAsync(CancellationToken.None);
            done++;
        }
        return done;
    }
}
