using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Imports;

/// <summary>
/// <c>POST /api/import/packages</c> on a gmina's host: the tax system sends a package (the ZIP as the body, or as a
/// multipart file) with the gmina's API key (<c>Authorization: Bearer …</c> or <c>X-Api-Key</c>) and gets 202 with
/// the address of its status; <c>GET /api/import/packages/{id}</c> answers with the status and the report.
/// </summary>
public static class ImportApi
{
    private const string KeyItem = "platforma:import-key";

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/import").ForHost(HostKind.Tenant).DisableAntiforgery().AddEndpointFilter(RequireKeyAsync);
        api.MapPost("/packages", SubmitAsync)
            .WithMetadata(new RequestSizeLimitAttribute(ImportStore.MaxPackageBytes))
            .WithFormOptions(multipartBodyLengthLimit: ImportStore.MaxPackageBytes);
        api.MapGet("/packages/{id:long}", StatusAsync);
        return app;
    }

    private static async ValueTask<object?> RequireKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<CurrentTenant>().Required;
        var header = http.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : http.Request.Headers["X-Api-Key"].ToString();
        var key = await http.RequestServices.GetRequiredService<ImportApiKeys>().VerifyAsync(tenant.Id, presented, http.RequestAborted);
        if (key is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Brak ważnego klucza API tej gminy",
                detail: "Podaj klucz API importu wydany dla tej gminy w nagłówku Authorization: Bearer <klucz>.");
        }
        http.Items[KeyItem] = key;
        return await next(context);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, ImportSubmissions submissions, CancellationToken ct)
    {
        var key = (ImportApiKey)http.Items[KeyItem]!;
        Stream body;
        string fileName;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            if (form.Files.FirstOrDefault() is not { Length: > 0 } file)
                return TypedResults.Problem(statusCode: 400, title: "Brak pliku pakietu", detail: "Wyślij plik ZIP pakietu jako pole formularza.");
            body = file.OpenReadStream();
            fileName = file.FileName;
        }
        else
        {
            if (http.Request.ContentLength == 0)
                return TypedResults.Problem(statusCode: 400, title: "Brak pakietu", detail: "Treścią żądania ma być plik ZIP pakietu.");
            body = http.Request.Body;
            fileName = http.Request.Query["nazwa"].FirstOrDefault() ?? "pakiet.zip";
        }
        AssessmentImport record;
        try
        {
            record = await submissions.SubmitAsync(body, fileName, ImportSource.Api, $"klucz API „{key.Name}” ({key.Prefix})", forced: false, ct);
        }
        catch (PackageTooLargeException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Pakiet jest za duży", detail: e.Message);
        }
        var url = $"/api/import/packages/{record.Id}";
        return TypedResults.Accepted(url, new { id = record.Id, status = record.Status.ToString(), statusText = ImportTexts.Status(record.Status), statusUrl = url });
    }

    private static async Task<IResult> StatusAsync(long id, TenantDbContext db, CancellationToken ct)
    {
        var r = await db.AssessmentImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (r is null) return TypedResults.Problem(statusCode: 404, title: "Nie ma takiego importu w tej gminie");
        return TypedResults.Ok(new
        {
            id = r.Id, status = r.Status.ToString(), statusText = ImportTexts.Status(r.Status), source = r.Source.ToString(), submittedBy = r.SubmittedBy,
            receivedAt = r.ReceivedAt, startedAt = r.StartedAt, finishedAt = r.FinishedAt, durationMs = r.DurationMs, sequence = r.Sequence,
            years = r.Years?.Split(',').Select(int.Parse).ToArray(), forced = r.Forced,
            counts = new { taxpayers = r.Taxpayers, objects = r.Objects, liabilities = r.Liabilities, payments = r.Payments },
            warnings = r.Warnings, report = r.Report?.Split('\n') ?? [],
        });
    }
}
