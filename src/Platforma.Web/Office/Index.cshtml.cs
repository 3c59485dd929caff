using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Web.Imports;

namespace Platforma.Web.Office;

/// <summary>Urząd: the gmina's import history and the upload of a package by office staff.</summary>
[RequestSizeLimit(ImportStore.MaxPackageBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportStore.MaxPackageBytes)]
public sealed class OfficeIndexModel(TenantDbContext db, ImportSubmissions submissions) : PageModel
{
    public const int HistoryLength = 100;

    public IReadOnlyList<AssessmentImport> Imports { get; private set; } = [];
    public AssessmentImport? LastApplied { get; private set; }

    [BindProperty] public IFormFile? Package { get; set; }

    [BindProperty, Display(Name = "Wymuś import")] public bool Force { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Package is not { Length: > 0 })
            ModelState.AddModelError(nameof(Package), "Wybierz plik pakietu (ZIP) do przesłania.");
        else if (!Package.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Package), $"Plik „{Path.GetFileName(Package.FileName)}” nie jest pakietem ZIP. Prześlij plik .zip z manifest.json i czterema plikami CSV.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        AssessmentImport record;
        await using (var stream = Package!.OpenReadStream())
        {
            try
            {
                record = await submissions.SubmitAsync(stream, Package.FileName, ImportSource.Upload, User.Identity?.Name ?? "urząd", Force, ct);
            }
            catch (PackageTooLargeException e)
            {
                ModelState.AddModelError(nameof(Package), e.Message);
                await LoadAsync(ct);
                return Page();
            }
        }
        return Redirect($"/urzad/importy/{record.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Imports = await db.AssessmentImports.AsNoTracking().OrderByDescending(i => i.Id).Take(HistoryLength).ToListAsync(ct);
        var lastId = await db.ImportStates.Select(s => s.LastImportId).SingleOrDefaultAsync(ct);
        LastApplied = lastId is null ? null : await db.AssessmentImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == lastId, ct);
    }
}
