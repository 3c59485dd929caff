using Platforma.Data.Catalog;
using Serilog.Context;

namespace Platforma.Web.Tenancy;

/// <summary>
/// Resolves the host once per request and sets <see cref="CurrentTenant"/>: unknown hosts end here with a 404 that
/// names no gmina, a gmina being provisioned or suspended with a 503. Every log event of the request carries the
/// gmina's slug from here on.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, HostResolver resolver, TenantCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context, CurrentTenant current)
    {
        // Probes come from orchestrators on whatever host name they use.
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        var match = resolver.Resolve(context.Request.Host.Value);
        TenantInfo? tenant = null;
        switch (match.Kind)
        {
            case HostKind.Malformed:
                await StatusPages.WriteAsync(context, StatusCodes.Status400BadRequest, "Nieprawidłowy adres",
                    "Adres strony jest nieprawidłowy.");
                return;
            case HostKind.Unknown:
                await StatusPages.NotFoundAsync(context);
                return;
            case HostKind.Tenant:
                tenant = await catalog.FindAsync(match.Slug!, context.RequestAborted);
                switch (tenant?.State)
                {
                    case null or TenantState.Archived:
                        await StatusPages.NotFoundAsync(context);
                        return;
                    case TenantState.Provisioning:
                        context.Response.Headers.RetryAfter = "60";
                        await StatusPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Portal jest przygotowywany",
                            $"Portal gminy {tenant.ShortName} jest właśnie przygotowywany. Spróbuj ponownie za minutę.");
                        return;
                    case TenantState.Suspended:
                        context.Response.Headers.RetryAfter = "3600";
                        await StatusPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Portal jest niedostępny",
                            $"Portal gminy {tenant.ShortName} jest czasowo wyłączony. Twoje dane są bezpieczne. Spróbuj ponownie później lub skontaktuj się z urzędem.");
                        return;
                }
                break;
        }

        current.Set(match, tenant);
        using (LogContext.PushProperty("Gmina", tenant?.Slug ?? "-"))
        {
            await next(context);
        }
    }
}
