using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Web.Imports;

namespace Platforma.Web.Office;

/// <summary>One import of this gmina: what came, what became of it, the report; a stale package can be forced.</summary>
public sealed class OfficeImportModel(TenantDbContext db, ImportSubmissions submissions) : PageModel
{
    public AssessmentImport Import { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await db.AssessmentImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } import) return NotFound();
        Import = import;
        return Page();
    }

    public async Task<IActionResult> OnPostForceAsync(long id, CancellationToken ct)
    {
        if (await db.AssessmentImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } import) return NotFound();
        if (import.Status != ImportStatus.Stale || import.StoredPath is null) return Redirect($"/urzad/importy/{id}");
        var forced = await submissions.ForceAsync(import, User.Identity?.Name ?? "urząd", ct);
        return Redirect($"/urzad/importy/{forced.Id}");
    }
}
