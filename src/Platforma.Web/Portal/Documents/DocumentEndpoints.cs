using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Domain;
using Platforma.Web.Infrastructure;
using Platforma.Web.Portal.Ledger;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Documents;

/// <summary>The resident's documents: the PDF statement and the ICS calendar of coming due dates.</summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapResidentDocuments(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/dokumenty")
            .RequireAuthorization(PortalServices.ResidentPolicy)
            .ForHost(HostKind.Tenant)
            .ExcludeFromDescription();
        documents.MapGet("/zestawienie.pdf", StatementAsync);
        documents.MapGet("/terminy.ics", CalendarAsync);
        return app;
    }

    private static async Task<IResult> StatementAsync(ResidentLedgers ledgers, CurrentTenant current, CatalogDbContext catalog,
        IConfiguration config, ILoggerFactory logs, HttpContext http, CancellationToken ct)
    {
        if (await ledgers.ForAsync(http.User, ct) is not { } ledger) return Results.NotFound();
        var gmina = current.Required;
        try
        {
            DejaVuFonts.EnsureInstalled(config["Platforma:FontsFolder"]);
        }
        catch (InvalidOperationException e)
        {
            logs.CreateLogger(typeof(DocumentEndpoints)).LogError(e, "Cannot render PDF documents");
            await StatusPages.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "Dokument chwilowo niedostępny",
                "Nie możemy teraz przygotować zestawienia w PDF. Stan zobowiązań znajdziesz na stronie „Zobowiązania”.");
            return Results.Empty;
        }
        var arms = await catalog.TenantAssets.AsNoTracking()
            .Where(a => a.TenantId == gmina.Id && a.Name == TenantAssetNames.CoatOfArms)
            .Select(a => new { a.Content, a.ContentType })
            .SingleOrDefaultAsync(ct);
        var pdf = StatementPdf.Render(gmina, arms?.Content, arms?.ContentType, ledger, PaymentInstructions.For(gmina, ledger));
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(pdf, "application/pdf", $"zestawienie-zobowiazan-{ledger.Today:yyyy-MM-dd}.pdf");
    }

    private static async Task<IResult> CalendarAsync(ResidentLedgers ledgers, CurrentTenant current, HttpContext http, CancellationToken ct)
    {
        if (await ledgers.ForAsync(http.User, ct) is not { } ledger) return Results.NotFound();
        var gmina = current.Required;
        var portal = $"{http.Request.Scheme}://{http.Request.Host}";
        var ics = DueDatesCalendar.Render(gmina, ledger, PaymentInstructions.For(gmina, ledger), portal);
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "terminy-platnosci.ics");
    }
}
