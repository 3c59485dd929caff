using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Operator;

/// <summary>One import of a gmina, as the operator sees it: read through the gmina's own principal.</summary>
public sealed class GminaImportModel(TenantScopes scopes) : PageModel
{
    public string Slug { get; private set; } = "";
    public AssessmentImport Import { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, long id, CancellationToken ct)
    {
        try
        {
            await using var scope = await scopes.BeginAsync(slug, allowSuspended: true, ct);
            var import = await scope.Services.GetRequiredService<TenantDbContext>().AssessmentImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
            if (import is null) return NotFound();
            (Slug, Import) = (slug, import);
            return Page();
        }
        catch (TenantUnavailableException)
        {
            return NotFound();
        }
    }
}
