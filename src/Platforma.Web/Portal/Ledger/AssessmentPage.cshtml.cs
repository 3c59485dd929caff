using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Portal.Api;

namespace Platforma.Web.Portal.Ledger;

/// <summary>
/// One assessment (a tax of one year): the decision, its instalments with due dates as moved off holidays, what was
/// paid against each and how, and the taxed property with basis, rate and amount. Year and kind are looked up only
/// in the signed-in resident's own ledger.
/// </summary>
[Authorize(Policy = PortalServices.ResidentPolicy)]
public sealed class AssessmentPageModel(ResidentLedgers ledgers, TenantDbContext db) : PageModel
{
    public ResidentLedger Ledger { get; private set; } = null!;
    public Assessment Assessment { get; private set; } = null!;
    public IReadOnlyList<TaxObject> Property { get; private set; } = [];
    public IReadOnlyList<BookedPayment> Payments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, string kind, CancellationToken ct)
    {
        if (!TaxKinds.TryFromCode(kind, out var taxKind)) return NotFound();
        if (await ledgers.ForAsync(User, ct) is not { } ledger) return NotFound();
        if (ledger.Assessment(year, taxKind) is not { } assessment) return NotFound();
        Ledger = ledger;
        Assessment = assessment;
        Property = await ResidentApi.PropertyOf(db, ledger.Taxpayer.Id, assessment, ct);
        var ids = assessment.Instalments.Select(i => ResidentLedger.Id(i.Liability.Id)).ToHashSet();
        Payments = ledger.BookedPayments().Where(b => b.Allocation.Parts.Any(p => ids.Contains(p.LiabilityId))).ToList();
        return Page();
    }
}
