using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Data.Provisioning;
using Platforma.Web.Jobs;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Operator;

/// <summary>
/// Adds a gmina at run time: it enters the catalog in Provisioning (its portal answers 503), gets a placeholder coat of
/// arms, its schema and principal, and becomes Active. Facts nobody gave us stay empty; example bank data is marked.
/// </summary>
public sealed partial class NewGminaModel(
    CatalogDbContext db, TenantProvisioner provisioner, RecurringJobs jobs, TenantCatalog catalog, TimeProvider time,
    ILogger<NewGminaModel> log) : PageModel
{
    [BindProperty] public NewGminaInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        Input.Slug = Input.Slug.Trim().ToLowerInvariant();
        if (HostResolver.ReservedSlugs.Contains(Input.Slug))
            ModelState.AddModelError("Input.Slug", $"Adres „{Input.Slug}” jest zarezerwowany.");
        else if (await db.Tenants.AnyAsync(t => t.Slug == Input.Slug, ct))
            ModelState.AddModelError("Input.Slug", $"Gmina o adresie „{Input.Slug}” już jest w katalogu.");
        if (ColorContrast.TryParse(Input.PrimaryColor, out _) && ColorContrast.WithWhite(Input.PrimaryColor) is var ratio and < ColorContrast.AaNormalText)
            ModelState.AddModelError("Input.PrimaryColor",
                $"Biały tekst na tym kolorze ma kontrast {ratio.ToString("0.00", CultureInfo.GetCultureInfo("pl-PL"))}:1 — potrzeba co najmniej 4,5:1.");
        if (!ModelState.IsValid) return Page();

        var now = time.GetUtcNow();
        var tenant = new Tenant
        {
            Slug = Input.Slug, Name = Input.Name.Trim(), ShortName = Input.ShortName.Trim(), State = TenantState.Provisioning,
            Branding = new TenantBranding { PrimaryColor = Input.PrimaryColor.ToLowerInvariant(), CoatOfArmsIsPlaceholder = true },
            Bank = new TenantBank { IsExampleData = true, RecipientName = Input.Name.Trim() },
            CreatedAt = now, UpdatedAt = now, UpdatedBy = User.Identity!.Name,
        };
        var arms = PlaceholderShield.Bytes(tenant.Slug, tenant.Name, tenant.ShortName, tenant.Branding.PrimaryColor);
        db.Tenants.Add(tenant);
        db.TenantAssets.Add(new TenantAsset
        {
            Tenant = tenant, Name = TenantAssetNames.CoatOfArms, ContentType = "image/svg+xml", Content = arms,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(arms)), UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        log.LogInformation("Operator {Operator} added gmina {Slug}", User.Identity.Name, tenant.Slug);

        try
        {
            await provisioner.ProvisionAsync(tenant.Slug, User.Identity.Name!, ct);
            TempData["Message"] = $"Dodano gminę {tenant.Name}; jej portal już działa.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The gmina stays in Provisioning (503) and can be provisioned again from the list.
            log.LogError(e, "Provisioning of new gmina {Slug} failed", tenant.Slug);
            TempData["Message"] = $"Gmina {tenant.Name} jest w katalogu, ale nie udało się jej przygotować: {e.GetBaseException().Message}";
        }
        // A fresh read: provisioning changed the row through its own context (and EF cannot reload an optional complex property).
        jobs.RegisterFor(await db.Tenants.AsNoTracking().SingleAsync(t => t.Slug == tenant.Slug, ct));
        catalog.Invalidate();
        return Redirect($"/gminy/{tenant.Slug}");
    }
}

public sealed class NewGminaInput
{
    [Required(ErrorMessage = "Podaj adres (subdomenę) gminy.")]
    [StringLength(63, ErrorMessage = "Adres może mieć najwyżej 63 znaki.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Adres może zawierać tylko małe litery a–z, cyfry i pojedyncze łączniki, np. nowa-gmina.")]
    [Display(Name = "Adres (subdomena)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Podaj pełną nazwę gminy."), StringLength(200)]
    [Display(Name = "Pełna nazwa, np. Gmina Mosina")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Podaj krótką nazwę gminy."), StringLength(100)]
    [Display(Name = "Krótka nazwa, np. Mosina")]
    public string ShortName { get; set; } = "";

    [Required(ErrorMessage = "Podaj kolor.")]
    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Podaj kolor w postaci #rrggbb.")]
    [Display(Name = "Kolor główny")]
    public string PrimaryColor { get; set; } = "#1d4e89";
}
