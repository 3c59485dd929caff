using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Web.Audit;

namespace Platforma.Web.Office;

/// <summary>
/// Podatnicy: a clerk finds a taxpayer by id, PESEL, NIP or name. Tax data is tajemnica skarbowa, so the clerk states
/// why, and the search itself is written to the audit log before anything is shown.
/// </summary>
public sealed class TaxpayersModel(TenantDbContext db, AuditLog audit) : PageModel
{
    public const int MaxResults = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    [Display(Name = "Identyfikator, PESEL, NIP albo nazwa")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "powod")]
    [Display(Name = "Powód wglądu")]
    public string? Reason { get; set; }

    public IReadOnlyList<Taxpayer>? Found { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Query is null && Reason is null) return; // the empty form
        Query = Query?.Trim();
        Reason = Reason?.Trim();
        if (string.IsNullOrEmpty(Query) || Query.Length < 3)
            ModelState.AddModelError("q", "Podaj co najmniej 3 znaki: identyfikator podatnika, PESEL, NIP albo część nazwy.");
        else if (Query.Length > 100)
            ModelState.AddModelError("q", "Szukany tekst może mieć najwyżej 100 znaków.");
        if (!OfficeReasons.IsValid(Reason))
            ModelState.AddModelError("powod", OfficeReasons.Message);
        if (!ModelState.IsValid) return;

        await audit.SearchAsync(User.Identity!.Name!, Query!, Reason!, ct);
        var q = Query!;
        var lower = q.ToLowerInvariant();
        Found = await db.Taxpayers.AsNoTracking()
            .Where(t => t.ExternalId == q || t.Pesel == q || t.Nip == q.Replace("-", "") || t.Name.ToLower().Contains(lower))
            .OrderBy(t => t.Name).ThenBy(t => t.ExternalId)
            .Take(MaxResults)
            .ToListAsync(ct);
    }
}

/// <summary>What a clerk must write before reading a taxpayer's data.</summary>
public static class OfficeReasons
{
    public const string Message = "Wpisz powód wglądu (5–300 znaków), np. numer sprawy albo „rozmowa z podatnikiem”: wgląd w dane podatkowe jest rejestrowany.";

    public static bool IsValid(string? reason) => reason is { Length: >= 5 and <= 300 };
}
