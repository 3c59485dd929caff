using Hangfire;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Imports;

/// <summary>A package that came by the API or the upload page: kept on disk, recorded, and handed to the import job.</summary>
public sealed class ImportSubmissions(CurrentTenant current, ImportStore store, PackageImporter importer, IBackgroundJobClient jobs,
    TenantDbContext db, TimeProvider time, ILogger<ImportSubmissions> log)
{
    /// <exception cref="PackageTooLargeException">Nothing was kept.</exception>
    public async Task<AssessmentImport> SubmitAsync(Stream content, string fileName, ImportSource source, string submittedBy, bool forced,
        CancellationToken ct)
    {
        var slug = current.Required.Slug;
        var (path, sha, _) = await store.SaveAsync(slug, content, fileName, ct);
        var record = await importer.ReceiveAsync(source, submittedBy, path, fileName, sha, forced, ct);
        if (forced) await AuditForcedAsync(record, submittedBy, ct);
        jobs.Enqueue<ImportJob>(job => job.RunAsync(slug, record.Id, CancellationToken.None));
        return record;
    }

    /// <summary>The office applies a package refused as stale after all: a new, forced import of the same stored package.</summary>
    public async Task<AssessmentImport> ForceAsync(AssessmentImport stale, string by, CancellationToken ct)
    {
        var slug = current.Required.Slug;
        var record = await importer.ReceiveAsync(ImportSource.Upload, by, stale.StoredPath!, stale.FileName, stale.PackageSha256, forced: true, ct);
        await AuditForcedAsync(record, by, ct);
        jobs.Enqueue<ImportJob>(job => job.RunAsync(slug, record.Id, CancellationToken.None));
        return record;
    }

    private async Task AuditForcedAsync(AssessmentImport record, string by, CancellationToken ct)
    {
        log.LogWarning("{By} forced import {Id} regardless of its sequence", by, record.Id);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(), Actor = by, Action = "import-wymuszony", Subject = $"import {record.Id}",
            Reason = "zastosowanie pakietu mimo numeru sekwencji nie większego od ostatniego",
        });
        await db.SaveChangesAsync(ct);
    }
}
