using Platforma.Domain;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Ledger;

/// <summary>The payment QR codes of "Jak zapłacić", as PNG images: recomputed from the ledger, never from the URL.</summary>
public static class PaymentQrEndpoints
{
    public static IEndpointRouteBuilder MapPaymentQr(this IEndpointRouteBuilder app)
    {
        app.MapGet("/jak-zaplacic/qr/{key}.png", async (string key, ResidentLedgers ledgers, CurrentTenant current,
                HttpContext http, CancellationToken ct) =>
            {
                var ledger = await ledgers.ForAsync(http.User, ct);
                if (ledger is null) return Results.NotFound();
                var item = PaymentInstructions.For(current.Required, ledger).Find(key);
                if (item?.QrPayload is null) return Results.NotFound();
                http.Response.Headers.CacheControl = "private, no-store";
                return Results.File(PaymentQr.RenderPng(item.QrPayload, pixelsPerModule: 6), "image/png");
            })
            .RequireAuthorization(PortalServices.ResidentPolicy)
            .ForHost(HostKind.Tenant)
            .ExcludeFromDescription();
        return app;
    }
}
