using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Web.Imports;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Operator;

/// <summary>One gmina's branding and contact data, edited at run time (the catalog is the run-time source of truth).</summary>
public sealed class GminaModel(CatalogDbContext db, TenantCatalog catalog, TimeProvider time, ImportApiKeys apiKeys, TenantScopes scopes, ImportStore store)
    : PageModel
{
    public const int MaxImageBytes = 512 * 1024;

    public Tenant Gmina { get; private set; } = default!;
    [BindProperty] public BrandingInput Branding { get; set; } = new();
    [BindProperty] public ContactInput Contact { get; set; } = new();
    [BindProperty] public IFormFile? CoatOfArms { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<ImportApiKey> ApiKeys { get; private set; } = [];
    /// <summary>A key just issued: shown once on this response, never stored in clear.</summary>
    public string? NewApiKey { get; private set; }
    [BindProperty] public string? ApiKeyName { get; set; }
    public IReadOnlyList<AssessmentImport> Imports { get; private set; } = [];
    public string? ImportsUnavailable { get; private set; }
    public string Inbox { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        Branding = new BrandingInput { PrimaryColor = Gmina.Branding.PrimaryColor };
        Contact = ContactInput.From(Gmina.Contact);
        return Page();
    }

    public async Task<IActionResult> OnPostBrandingAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        ModelState.Clear();
        if (!TryValidateModel(Branding, nameof(Branding))) return Page();
        if (!ColorContrast.TryParse(Branding.PrimaryColor, out _))
            ModelState.AddModelError("Branding.PrimaryColor", "Podaj kolor w postaci #rrggbb.");
        else if (ColorContrast.WithWhite(Branding.PrimaryColor) is var ratio and < ColorContrast.AaNormalText)
            ModelState.AddModelError("Branding.PrimaryColor",
                $"Biały tekst na tym kolorze ma kontrast {ratio.ToString("0.00", CultureInfo.GetCultureInfo("pl-PL"))}:1 — potrzeba co najmniej 4,5:1 (WCAG AA). Wybierz ciemniejszy kolor.");

        byte[]? image = null;
        if (CoatOfArms is { Length: > 0 })
        {
            var type = TenantsFileApplier.ContentTypeOf(CoatOfArms.FileName);
            if (type == "application/octet-stream")
                ModelState.AddModelError("CoatOfArms", "Herb musi być plikiem SVG, PNG lub WebP.");
            else if (CoatOfArms.Length > MaxImageBytes)
                ModelState.AddModelError("CoatOfArms", "Plik herbu może mieć najwyżej 512 KB.");
            else
            {
                using var stream = new MemoryStream();
                await CoatOfArms.CopyToAsync(stream, ct);
                image = stream.ToArray();
            }
        }
        if (!ModelState.IsValid) return Page();

        Gmina.Branding = new TenantBranding
        {
            PrimaryColor = Branding.PrimaryColor.ToLowerInvariant(),
            CoatOfArmsIsPlaceholder = image is null && Gmina.Branding.CoatOfArmsIsPlaceholder,
        };
        if (image is not null)
        {
            var asset = await db.TenantAssets.SingleOrDefaultAsync(a => a.TenantId == Gmina.Id && a.Name == TenantAssetNames.CoatOfArms, ct);
            if (asset is null)
            {
                asset = new TenantAsset { TenantId = Gmina.Id, Name = TenantAssetNames.CoatOfArms, ContentType = "", Content = [], Sha256 = "" };
                db.TenantAssets.Add(asset);
            }
            asset.Content = image;
            asset.ContentType = TenantsFileApplier.ContentTypeOf(CoatOfArms!.FileName);
            asset.Sha256 = Convert.ToHexStringLower(SHA256.HashData(image));
            asset.UpdatedAt = time.GetUtcNow();
        }
        await SaveAsync(ct);
        Message = "Zapisano wygląd portalu.";
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostContactAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        ModelState.Clear();
        if (!TryValidateModel(Contact, nameof(Contact))) return Page();
        Gmina.Contact = Contact.ToEntity();
        await SaveAsync(ct);
        Message = "Zapisano dane kontaktowe.";
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostIssueKeyAsync(string slug, CancellationToken ct) =>
        await KeyActionAsync(slug, async by => (await apiKeys.IssueAsync(slug, ApiKeyName, by, ct)).Plain, "Wydano nowy klucz API importu.", ct);

    public async Task<IActionResult> OnPostRotateKeyAsync(string slug, CancellationToken ct) =>
        await KeyActionAsync(slug, async by => (await apiKeys.RotateAsync(slug, by, ct)).Plain, "Wydano nowy klucz API importu; poprzednie klucze unieważniono.", ct);

    public async Task<IActionResult> OnPostRevokeKeyAsync(string slug, CancellationToken ct) =>
        await KeyActionAsync(slug, async by => { await apiKeys.RevokeAsync(slug, by, ct); return null; }, "Unieważniono klucze API importu tej gminy.", ct);

    // The new key is rendered on this response only (no redirect, so it never travels in a cookie or a URL).
    private async Task<IActionResult> KeyActionAsync(string slug, Func<string, Task<string?>> action, string message, CancellationToken ct)
    {
        if (await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct) is null) return NotFound();
        NewApiKey = await action(User.Identity!.Name!);
        if (!await LoadAsync(slug, ct)) return NotFound();
        ModelState.Clear();
        Branding = new BrandingInput { PrimaryColor = Gmina.Branding.PrimaryColor };
        Contact = ContactInput.From(Gmina.Contact);
        Message = null;
        ViewData["KeyMessage"] = message;
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tenant is null) return false;
        Gmina = tenant;
        ApiKeys = await apiKeys.ListAsync(slug, ct);
        // Import history is in the gmina's own schema: read through its principal. It names no taxpayer, so no audit entry.
        try
        {
            await using var scope = await scopes.BeginAsync(slug, allowSuspended: true, ct);
            Inbox = store.InboxFor(scope.Tenant);
            Imports = await scope.Services.GetRequiredService<TenantDbContext>().AssessmentImports.AsNoTracking()
                .OrderByDescending(i => i.Id).Take(20).ToListAsync(ct);
        }
        catch (TenantUnavailableException e)
        {
            ImportsUnavailable = $"Historia importów niedostępna: {e.Message}";
        }
        return true;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        Gmina.UpdatedAt = time.GetUtcNow();
        Gmina.UpdatedBy = User.Identity!.Name;
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
    }
}

public sealed class BrandingInput
{
    [Required(ErrorMessage = "Podaj kolor.")]
    [Display(Name = "Kolor główny")]
    public string PrimaryColor { get; set; } = "";
}

public sealed class ContactInput
{
    public bool IsExampleData { get; set; }
    [StringLength(200), Display(Name = "Nazwa urzędu")] public string? OfficeName { get; set; }
    [StringLength(200), Display(Name = "Adres")] public string? Address { get; set; }
    [RegularExpression("^[0-9]{2}-[0-9]{3}$", ErrorMessage = "Kod pocztowy ma postać 00-000."), Display(Name = "Kod pocztowy")] public string? PostalCode { get; set; }
    [StringLength(100), Display(Name = "Miejscowość")] public string? City { get; set; }
    [StringLength(40), RegularExpression("^[+0-9][0-9 ()-]{5,30}$", ErrorMessage = "Numer telefonu może zawierać cyfry, spacje, nawiasy, myślniki i +."), Display(Name = "Telefon")] public string? Phone { get; set; }
    [EmailAddress(ErrorMessage = "Podaj adres e-mail w postaci nazwa@domena.pl."), Display(Name = "E-mail")] public string? Email { get; set; }
    [Url(ErrorMessage = "Podaj adres strony zaczynający się od https://."), Display(Name = "Strona internetowa")] public string? Website { get; set; }
    [StringLength(200), Display(Name = "Godziny pracy")] public string? OpeningHours { get; set; }

    public static ContactInput From(TenantContact c) => new()
    {
        IsExampleData = c.IsExampleData, OfficeName = c.OfficeName, Address = c.Address, PostalCode = c.PostalCode, City = c.City,
        Phone = c.Phone, Email = c.Email, Website = c.Website, OpeningHours = c.OpeningHours,
    };

    public TenantContact ToEntity() => new()
    {
        IsExampleData = IsExampleData, OfficeName = OfficeName ?? "", Address = Address ?? "", PostalCode = PostalCode ?? "",
        City = City ?? "", Phone = Phone ?? "", Email = Email ?? "", Website = Website ?? "", OpeningHours = OpeningHours ?? "",
    };
}
