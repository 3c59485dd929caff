using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Portal.Ledger;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Api;

/// <summary>
/// <c>/api/me</c>: the signed-in resident's own data, the same figures as the pages, for a future mobile app.
/// Authenticated by the gmina's session cookie or by a bearer token of the same gmina (<see cref="ResidentTokens"/>).
/// </summary>
public static class ResidentApi
{
    public static IEndpointRouteBuilder MapResidentApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me")
            .RequireAuthorization(PortalServices.ResidentApiPolicy)
            .ForHost(HostKind.Tenant)
            .WithTags("Mieszkaniec");
        me.MapGet("/", GetProfile).WithSummary("Podatnik, dla którego założono konto (PESEL zamaskowany).");
        me.MapGet("/statement", GetStatement).WithSummary("Stan zobowiązań na dziś: sumy, najbliższy termin i raty wg rodzaju i roku.");
        me.MapGet("/assessments/{year:int}/{kind}", GetAssessment).WithSummary("Jeden wymiar (rok i rodzaj podatku): decyzja, raty, wpłaty i przedmioty opodatkowania.");
        me.MapGet("/payments", GetPayments).WithSummary("Wpłaty z wyjaśnieniem, jak je zaksięgowano.");
        me.MapGet("/payment-instructions", GetPaymentInstructions).WithSummary("Numer rachunku, tytuły i treść kodów QR do przelewów.");
        return app;
    }

    public static async Task<Results<Ok<ProfileDto>, NotFound>> GetProfile(ResidentLedgers ledgers, HttpContext http, CurrentTenant current, CancellationToken ct)
    {
        if (await ledgers.ForAsync(http.User, ct) is not { } ledger) return TypedResults.NotFound();
        var t = ledger.Taxpayer;
        return TypedResults.Ok(new ProfileDto(current.Required.Slug, current.Required.Name, t.ExternalId, t.Name,
            t.Kind == TaxpayerKind.Person ? "osoba fizyczna" : "osoba prawna lub jednostka",
            t.Pesel is null ? null : Pesel.Mask(t.Pesel), t.Nip, t.Address));
    }

    public static async Task<Results<Ok<StatementDto>, NotFound>> GetStatement(ResidentLedgers ledgers, HttpContext http, CancellationToken ct)
    {
        if (await ledgers.ForAsync(http.User, ct) is not { } ledger) return TypedResults.NotFound();
        var s = ledger.Statement;
        return TypedResults.Ok(new StatementDto(
            ledger.Today, ledger.AsOf, ledger.Freshness.LastSuccess, ledger.Freshness.FailedSince, ledger.Problem,
            s is null ? null : new TotalsDto(s.TotalToPayToday, ledger.OverdueTotal, s.OutstandingPrincipal, s.InterestDue, s.CostsDue, s.Overpayment),
            s?.NextDue is { } next ? new DueDto(next.Date, next.Amount) : null,
            ledger.Assessments().Select(a => Summary(a)).ToList()));
    }

    public static async Task<Results<Ok<AssessmentDto>, NotFound>> GetAssessment(int year, string kind, ResidentLedgers ledgers, TenantDbContext db,
        HttpContext http, CancellationToken ct)
    {
        if (!TaxKinds.TryFromCode(kind, out var taxKind)) return TypedResults.NotFound();
        if (await ledgers.ForAsync(http.User, ct) is not { } ledger) return TypedResults.NotFound();
        if (ledger.Assessment(year, taxKind) is not { } assessment) return TypedResults.NotFound();
        var objects = await PropertyOf(db, ledger.Taxpayer.Id, assessment, ct);
        var ids = assessment.Instalments.Select(i => ResidentLedger.Id(i.Liability.Id)).ToHashSet();
        var payments = ledger.BookedPayments().Where(b => b.Allocation.Parts.Any(p => ids.Contains(p.LiabilityId)))
            .Select(Payment).ToList();
        return TypedResults.Ok(new AssessmentDto(Summary(assessment), payments,
            objects.Select(o => new TaxObjectDto(o.ExternalId, o.Kind.ToString(), TaxObjectNames.Name(o.Kind), o.Description, o.Location,
                o.PlotNumber, o.Basis, o.Unit, o.Rate, o.Amount)).ToList()));
    }

    public static async Task<Results<Ok<List<PaymentDto>>, NotFound>> GetPayments(ResidentLedgers ledgers, HttpContext http, CancellationToken ct)
    {
        if (await ledgers.ForAsync(http.User, ct) is not { } ledger) return TypedResults.NotFound();
        return TypedResults.Ok(ledger.BookedPayments().Select(Payment).ToList());
    }

    public static async Task<Results<Ok<PaymentInstructionsDto>, NotFound>> GetPaymentInstructions(ResidentLedgers ledgers, CurrentTenant current,
        HttpContext http, CancellationToken ct)
    {
        if (await ledgers.ForAsync(http.User, ct) is not { } ledger) return TypedResults.NotFound();
        var p = PaymentInstructions.For(current.Required, ledger);
        return TypedResults.Ok(new PaymentInstructionsDto(p.Account, p.IndividualAccount, p.RecipientName, p.PayerId, p.ExampleData,
            "To rachunek gminy do podatków i opłat lokalnych, a nie mikrorachunek podatkowy (PIT, CIT, VAT).",
            p.Items.Select(i => new PaymentItemDto(i.Key, i.Label, i.Amount, i.Title, i.DueDate, i.Overdue, i.QrPayload, i.AmountNeedsTyping,
                i.QrPayload is null ? null : $"/jak-zaplacic/qr/{i.Key}.png")).ToList()));
    }

    /// <summary>The property behind an assessment: objects of the taxpayer and year whose kind the tax covers.</summary>
    public static Task<List<TaxObject>> PropertyOf(TenantDbContext db, long taxpayerId, Assessment assessment, CancellationToken ct)
    {
        var kinds = assessment.ObjectKinds.ToList();
        return db.TaxObjects.AsNoTracking()
            .Where(o => o.TaxpayerId == taxpayerId && o.Year == assessment.Year && kinds.Contains(o.Kind))
            .OrderBy(o => o.Kind).ThenBy(o => o.ExternalId)
            .ToListAsync(ct);
    }

    private static AssessmentSummaryDto Summary(Assessment a) => new(
        a.Year, a.KindCode, a.Name, a.Path,
        a.Decisions.Select(d => new DecisionDto(d.Number, d.Date)).ToList(),
        a.Assessed, a.Paid, a.Outstanding, a.InterestDue, a.ToPayNow,
        a.Instalments.Select(i => new InstalmentDto(
            ResidentLedger.Id(i.Liability.Id), i.Liability.Instalment, i.Title, i.Liability.DueDate, i.EffectiveDueDate,
            i.Liability.Amount, i.Liability.Costs, i.Line?.Status.ToString(), i.Line?.PrincipalPaid, i.Line?.PrincipalOutstanding,
            i.Line?.InterestPaid, i.Line?.InterestDue, i.Line?.CostsOutstanding, i.Line?.ToPayNow)).ToList());

    private static PaymentDto Payment(BookedPayment b) => new(
        b.Payment.ExternalId, b.Payment.Date, b.Payment.Amount, b.Payment.Channel, b.Payment.Title,
        b.Allocation.Explanation, b.Allocation.Overpayment,
        b.Allocation.Parts.Select(p => new AllocationPartDto(p.LiabilityId, p.Target.ToString(), p.Amount)).ToList());
}

public sealed record ProfileDto(string Gmina, string GminaName, string TaxpayerId, string Name, string Kind, string? PeselMasked, string? Nip, string? Address);
public sealed record StatementDto(DateOnly AsOfDate, DateTimeOffset ComputedAt, DateTimeOffset? LastImportSucceededAt, DateTimeOffset? LastImportFailedAt,
    string? Problem, TotalsDto? Totals, DueDto? NextDue, List<AssessmentSummaryDto> Assessments);
public sealed record TotalsDto(decimal ToPayToday, decimal Overdue, decimal OutstandingPrincipal, decimal InterestDue, decimal CostsDue, decimal Overpayment);
public sealed record DueDto(DateOnly Date, decimal Amount);
public sealed record DecisionDto(string Number, DateOnly? Date);
public sealed record AssessmentSummaryDto(int Year, string KindCode, string KindName, string Page, List<DecisionDto> Decisions,
    decimal Assessed, decimal Paid, decimal Outstanding, decimal InterestDue, decimal ToPayNow, List<InstalmentDto> Instalments);
public sealed record InstalmentDto(string Id, int Number, string Title, DateOnly DueDate, DateOnly EffectiveDueDate, decimal Amount, decimal Costs,
    string? Status, decimal? PrincipalPaid, decimal? PrincipalOutstanding, decimal? InterestPaid, decimal? InterestDue, decimal? CostsOutstanding, decimal? ToPayNow);
public sealed record AssessmentDto(AssessmentSummaryDto Assessment, List<PaymentDto> Payments, List<TaxObjectDto> Property);
public sealed record TaxObjectDto(string Id, string Kind, string KindName, string? Description, string? Location, string? PlotNumber,
    decimal Basis, string Unit, decimal Rate, decimal Amount);
public sealed record PaymentDto(string Id, DateOnly Date, decimal Amount, string? Channel, string? Title, string Explanation, decimal Overpayment,
    List<AllocationPartDto> Parts);
public sealed record AllocationPartDto(string LiabilityId, string Target, decimal Amount);
public sealed record PaymentInstructionsDto(string? Account, bool IndividualAccount, string RecipientName, string PayerId, bool ExampleData,
    string Warning, List<PaymentItemDto> Items);
public sealed record PaymentItemDto(string Key, string Label, decimal Amount, string Title, DateOnly? DueDate, bool Overdue, string? QrPayload,
    bool AmountNeedsTyping, string? QrImage);
