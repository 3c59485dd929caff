using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platforma.Web.Portal.Ledger;

/// <summary>Wpłaty: every payment booked by the office, newest first, with the explanation of how it was allocated.</summary>
[Authorize(Policy = PortalServices.ResidentPolicy)]
public sealed class PaymentsModel(ResidentLedgers ledgers) : PageModel
{
    public ResidentLedger Ledger { get; private set; } = null!;
    public IReadOnlyList<BookedPayment> Payments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ledgers.ForAsync(User, ct) is not { } ledger) return NotFound();
        Ledger = ledger;
        Payments = ledger.BookedPayments();
        return Page();
    }
}
