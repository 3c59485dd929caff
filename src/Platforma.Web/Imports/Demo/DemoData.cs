using System.ComponentModel;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platforma.Data;
using Platforma.Data.Gmina;
using Platforma.Web.Infrastructure;
using Platforma.Web.Jobs;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Imports.Demo;

/// <summary>
/// Demo data on the first start of the embedded default: a job per gmina writes the gmina's demo package into its
/// inbox and runs the inbox import — the same way a tax system's export arrives. In the background, so all 22 portals
/// answer at once; a gmina that has any import already is left alone.
/// </summary>
public sealed class DemoDataJob(TenantScopes scopes, ImportStore store, InboxImportJob inbox, IOptions<PlatformOptions> options, TimeProvider time,
    ILogger<DemoDataJob> log)
{
    [Queue("imports")]
    [AutomaticRetry(Attempts = 2)]
    [DisplayName("Dane demonstracyjne — gmina {0}")]
    public async Task RunAsync(string gmina, CancellationToken ct)
    {
        string folder;
        int taxpayers;
        await using (var scope = await scopes.BeginAsync(gmina, ct: ct))
        {
            if (await scope.Services.GetRequiredService<TenantDbContext>().AssessmentImports.AnyAsync(ct)) return;
            folder = store.InboxFor(scope.Tenant);
            var demo = options.Value.Demo;
            taxpayers = Math.Max(20, (int)(DemoPackageWriter.TaxpayersAtScale1(gmina) * demo.Scale));
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), RecurringJobs.Warsaw).DateTime);
            new DemoPackageWriter(today).Write(folder, gmina, scope.Tenant.ShortName, scope.Tenant.Taxes.WasteFeeSchedule, taxpayers, demo.Seed);
        }
        var started = time.GetTimestamp();
        await inbox.RunAsync(gmina, ct);
        log.LogInformation("Demo data of {Gmina}: {Taxpayers} taxpayers imported in {Seconds:0.0} s", gmina, taxpayers, time.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Enqueues the demo job for every active gmina when demo data is on (by default: SQLite only).</summary>
    public static async Task ScheduleOnFirstStartAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value;
        var sqlite = app.Services.GetRequiredService<DatabaseProvider>().Name == "Sqlite";
        if (!(options.Demo.ImportOnFirstStart ?? sqlite) || !options.RunJobs) return;
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        foreach (var tenant in await app.Services.GetRequiredService<TenantCatalog>().AllAsync())
        {
            if (tenant.State != Data.Catalog.TenantState.Active) continue;
            var slug = tenant.Slug;
            jobs.Enqueue<DemoDataJob>(job => job.RunAsync(slug, CancellationToken.None));
        }
    }
}

/// <summary><c>demo generate</c>: demo packages for every gmina (or one), deterministic for a seed.</summary>
public static class DemoCommand
{
    public static async Task<int> GenerateAsync(TextWriter output, IServiceProvider services, string[] args, CancellationToken ct)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var options = services.GetRequiredService<IOptions<PlatformOptions>>().Value.Demo;
        var folder = Path.GetFullPath(Option("--out") ?? "demo-packages");
        var scale = Option("--scale") is { } s ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 1.0;
        var seed = Option("--seed") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : options.Seed;
        var only = Option("--gmina");
        List<(string Slug, string ShortName, string WasteSchedule)> all;
        await using (var scope = services.CreateAsyncScope())
        {
            var setup = scope.ServiceProvider.GetRequiredService<PlatformSetup>();
            await setup.EnsureCatalogAsync(ct);
            all = (await services.GetRequiredService<TenantCatalog>().AllAsync(ct)).Select(t => (t.Slug, t.ShortName, t.Taxes.WasteFeeSchedule)).ToList();
            // Before the first setup the catalog is empty: tenants.json says which gminy there will be.
            if (all.Count == 0 && setup.TenantsFilePath() is { } file)
                all = TenantsFile.Load(file).Gminy.Select(g => (g.Slug, g.ShortName, g.Taxes.WasteFeeSchedule)).ToList();
        }
        var time = services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), RecurringJobs.Warsaw).DateTime);
        var writer = new DemoPackageWriter(today);
        var gminy = all.Where(t => only is null || t.Slug == only).ToList();
        if (gminy.Count == 0) throw new ArgumentException(only is null ? "The catalog has no gminy; run setup first." : $"Gmina '{only}' is not in the catalog.");
        foreach (var g in gminy)
        {
            var count = Math.Max(20, (int)(DemoPackageWriter.TaxpayersAtScale1(g.Slug) * scale));
            var (path, first, rows) = writer.Write(folder, g.Slug, g.ShortName, g.WasteSchedule, count, seed);
            output.WriteLine($"{g.Slug}: {count} taxpayers, {rows} rows → {path}; first taxpayer {first.Id} {first.Name}, "
                + $"PESEL {first.Pesel ?? "-"}, NIP {first.Nip ?? "-"}, activation code {first.ActivationCode}");
        }
        return 0;
    }
}
