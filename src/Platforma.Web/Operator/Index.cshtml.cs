using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Operator;

/// <summary>Every gmina with its state, schema version and last check; suspend and resume.</summary>
public sealed class IndexModel(CatalogDbContext db, TenantLifecycle lifecycle, CurrentTenant current,
    Platforma.Data.Provisioning.TenantProvisioner provisioner, Jobs.RecurringJobs jobs, TenantCatalog catalog) : PageModel
{
    public IReadOnlyList<Tenant> Gminy { get; private set; } = [];
    public string BaseDomain => current.Host.BaseDomain!;
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Gminy = (await db.Tenants.AsNoTracking().ToListAsync(ct))
            .OrderBy(t => t.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), false))
            .ToList();

    public async Task<IActionResult> OnPostSuspendAsync(string slug, CancellationToken ct) =>
        await MoveAsync(() => lifecycle.SuspendAsync(slug, User.Identity!.Name!, ct), $"Portal gminy {slug} został zawieszony.");

    public async Task<IActionResult> OnPostResumeAsync(string slug, CancellationToken ct) =>
        await MoveAsync(() => lifecycle.ResumeAsync(slug, User.Identity!.Name!, ct), $"Portal gminy {slug} został wznowiony.");

    /// <summary>Retries provisioning of a gmina that is stuck in Provisioning (e.g. the database was down).</summary>
    public async Task<IActionResult> OnPostProvisionAsync(string slug, CancellationToken ct)
    {
        try
        {
            await provisioner.ProvisionAsync(slug, User.Identity!.Name!, ct);
            jobs.RegisterFor(await db.Tenants.AsNoTracking().SingleAsync(t => t.Slug == slug, ct));
            catalog.Invalidate();
            Message = $"Gmina {slug} jest gotowa.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Message = $"Nie udało się przygotować gminy {slug}: {e.GetBaseException().Message}";
        }
        return RedirectToPage();
    }

    private async Task<IActionResult> MoveAsync(Func<Task> move, string done)
    {
        try
        {
            await move();
            Message = done;
        }
        catch (TenantLifecycleException e)
        {
            Message = e.Message;
        }
        return RedirectToPage();
    }
}
