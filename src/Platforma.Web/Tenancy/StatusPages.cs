using System.Text.Encodings.Web;

namespace Platforma.Web.Tenancy;

/// <summary>Plain pages for requests that never reach a gmina: they carry no branding and name no other gmina.</summary>
internal static class StatusPages
{
    public static Task NotFoundAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "Nie znaleziono strony",
            "Pod tym adresem nie ma portalu. Sprawdź adres w piśmie z urzędu albo na stronie internetowej swojej gminy.");

    public static async Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var t = HtmlEncoder.Default.Encode(title);
        var m = HtmlEncoder.Default.Encode(message);
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="pl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{t}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body class="status-page"><main id="tresc"><h1>{t}</h1><p>{m}</p></main></body>
            </html>
            """, context.RequestAborted);
    }
}
