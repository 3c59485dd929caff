using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platforma.Web.Portal.Ledger;

/// <summary>Stan zobowiązań: what is due today, what is overdue with interest to today, the next due date, overpayments.</summary>
[Authorize(Policy = PortalServices.ResidentPolicy)]
public sealed class DashboardModel(ResidentLedgers ledgers) : PageModel
{
    public ResidentLedger Ledger { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ledgers.ForAsync(User, ct) is not { } ledger) return NotFound();
        Ledger = ledger;
        return Page();
    }
}
