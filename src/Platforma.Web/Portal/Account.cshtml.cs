using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Domain;

namespace Platforma.Web.Portal;

/// <summary>Moje konto: who the account belongs to (PESEL masked) and its security settings.</summary>
[Authorize]
public sealed class AccountModel(UserManager<PortalUser> users, TenantDbContext db) : PageModel
{
    public PortalUser Account { get; private set; } = null!;
    public Taxpayer? Taxpayer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        if (user.TaxpayerId is { } id) Taxpayer = await db.Taxpayers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        return Page();
    }

    public string? MaskedPesel => Taxpayer?.Pesel is { } pesel ? Pesel.Mask(pesel) : null;
}
