using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Audit;
using Platforma.Web.Portal.Ledger;

namespace Platforma.Web.Office;

/// <summary>
/// One taxpayer as a clerk sees it: who, what they owe today by the tax rules, their assessments. Shown only with a
/// stated reason, and every view is written to the audit log first.
/// </summary>
public sealed class TaxpayerModel(TenantDbContext db, AuditLog audit, TimeProvider time, InterestCalculator interest,
    ILogger<TaxpayerModel> log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "powod")] public string? Reason { get; set; }

    public string ExternalId { get; private set; } = "";
    public ResidentLedger? Ledger { get; private set; }
    public bool HasOnlineAccount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        ExternalId = id;
        Reason = Reason?.Trim();
        if (!OfficeReasons.IsValid(Reason))
        {
            if (Reason is not null) ModelState.AddModelError("powod", OfficeReasons.Message);
            return Page(); // the reason form, nothing of the taxpayer
        }
        var taxpayer = await db.Taxpayers.AsNoTracking().SingleOrDefaultAsync(t => t.ExternalId == id, ct);
        if (taxpayer is null) return NotFound();

        await audit.TaxpayerReadAsync(User.Identity!.Name!, "wgląd w dane podatnika", taxpayer, Reason!, ct);
        Ledger = await ResidentLedger.LoadAsync(db, taxpayer.Id, time, interest, log, ct);
        HasOnlineAccount = await db.Users.AnyAsync(u => u.TaxpayerId == taxpayer.Id, ct);
        return Page();
    }
}
