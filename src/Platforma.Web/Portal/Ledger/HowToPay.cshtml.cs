using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Ledger;

/// <summary>Jak zapłacić: the resident's own account for local taxes, the transfer title and amount, and a QR code per transfer.</summary>
[Authorize(Policy = PortalServices.ResidentPolicy)]
public sealed class HowToPayModel(ResidentLedgers ledgers, CurrentTenant current) : PageModel
{
    public ResidentLedger Ledger { get; private set; } = null!;
    public PaymentInstructions Pay { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ledgers.ForAsync(User, ct) is not { } ledger) return NotFound();
        Ledger = ledger;
        Pay = PaymentInstructions.For(current.Required, ledger);
        return Page();
    }
}
