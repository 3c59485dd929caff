using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Operator;

/// <summary>Every gmina with its state, schema version and last check; suspend and resume.</summary>
public sealed class IndexModel(CatalogDbContext db, TenantLifecycle lifecycle, CurrentTenant current) : PageModel
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
