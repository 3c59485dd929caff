using Hangfire;
using Platforma.Data.Catalog;
using Platforma.Web.Imports;

namespace Platforma.Web.Jobs;

/// <summary>The one place recurring jobs of a gmina are named, scheduled and removed.</summary>
public sealed class RecurringJobs(IRecurringJobManager manager)
{
    public static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static string TenantCheckId(string slug) => $"tenant-check:{slug}";
    public static string ImportAssessmentsId(string slug) => $"import-assessments:{slug}";

    public void RegisterFor(Tenant tenant)
    {
        if (tenant.State is TenantState.Archived or TenantState.Provisioning)
        {
            RemoveFor(tenant.Slug);
            return;
        }
        var slug = tenant.Slug;
        // Spread gminy over the hour so checks do not all connect at once.
        var minute = StableMinute(slug);
        manager.AddOrUpdate<TenantCheckJob>(TenantCheckId(slug), job => job.RunAsync(slug, CancellationToken.None),
            $"{minute} * * * *", new RecurringJobOptions { TimeZone = Warsaw });
        // A suspended gmina keeps its schedule; the job refuses to enter it (TenantScopes) until it is resumed.
        manager.AddOrUpdate<InboxImportJob>(ImportAssessmentsId(slug), "imports", job => job.RunAsync(slug, CancellationToken.None),
            tenant.Imports.Schedule is { Length: > 0 } cron ? cron : new TenantImportSettings().Schedule, new RecurringJobOptions { TimeZone = Warsaw });
    }

    public void RemoveFor(string slug)
    {
        manager.RemoveIfExists(TenantCheckId(slug));
        manager.RemoveIfExists(ImportAssessmentsId(slug));
    }

    private static int StableMinute(string slug) => slug.Aggregate(17, (h, c) => (h * 31 + c) & 0x7fffffff) % 60;
}
