using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Platforma.Data.Catalog;

namespace Platforma.Web.Tenancy;

/// <summary>A gmina's coat of arms and colour, served from the catalog so every instance shows the same.</summary>
public static class BrandingEndpoints
{
    // Uploaded SVGs could carry script: served with a policy that lets them render as images and nothing else.
    private const string ImagePolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public static IEndpointRouteBuilder MapBranding(this IEndpointRouteBuilder app)
    {
        app.MapGet("/herb", (CurrentTenant current, CatalogDbContext db, HttpContext http, CancellationToken ct) =>
                CoatOfArmsAsync(current.Required, db, http, ct))
            .ForHost(HostKind.Tenant);

        app.MapGet("/theme.css", (CurrentTenant current, HttpContext http) =>
            {
                var colour = current.Required.Branding.PrimaryColor;
                http.Response.Headers.CacheControl = "public, max-age=300";
                return Results.Text($":root{{--brand:{colour};}}\n", "text/css; charset=utf-8");
            })
            .ForHost(HostKind.Tenant);

        app.MapGet("/herby/{slug}", async (string slug, TenantCatalog catalog, CatalogDbContext db, HttpContext http, CancellationToken ct) =>
                await catalog.FindAsync(slug, ct) is { State: TenantState.Active } tenant
                    ? await CoatOfArmsAsync(tenant, db, http, ct)
                    : Results.NotFound())
            .ForHost(HostKind.Apex);

        app.MapGet("/gminy/{slug}/herb", async (string slug, TenantCatalog catalog, CatalogDbContext db, HttpContext http, CancellationToken ct) =>
                await catalog.FindAsync(slug, ct) is { } tenant ? await CoatOfArmsAsync(tenant, db, http, ct) : Results.NotFound())
            .ForHost(HostKind.Operator)
            .RequireAuthorization(Operator.OperatorAuth.Policy);
        return app;
    }

    private static async Task<IResult> CoatOfArmsAsync(TenantInfo tenant, CatalogDbContext db, HttpContext http, CancellationToken ct)
    {
        if (tenant.CoatOfArmsSha256 is null) return Results.NotFound();
        var etag = new EntityTagHeaderValue($"\"{tenant.CoatOfArmsSha256}\"");
        http.Response.Headers.ContentSecurityPolicy = ImagePolicy;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        if (http.Request.Headers.IfNoneMatch.ToString().Contains(tenant.CoatOfArmsSha256, StringComparison.Ordinal))
        {
            http.Response.Headers.ETag = etag.ToString();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var asset = await db.TenantAssets.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TenantId == tenant.Id && a.Name == TenantAssetNames.CoatOfArms, ct);
        return asset is null ? Results.NotFound() : Results.Bytes(asset.Content, asset.ContentType, entityTag: etag);
    }
}
