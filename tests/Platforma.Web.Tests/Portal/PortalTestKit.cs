using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Catalog;
using Platforma.Domain;
using Platforma.Web.Tenancy;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Portal;

/// <summary>Small helpers the portal tests share: today in Warsaw, page text, form fields, gmina settings.</summary>
public static partial class PortalTestKit
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    /// <summary>The host's today in Warsaw, as the app sees it now (tests may have moved the clock).</summary>
    public static DateOnly TodayInWarsaw(this PlatformHost host) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), Warsaw).DateTime);

    /// <summary>"27.11.2026, godz. 10:00": the host's now plus <paramref name="offset"/>, as the pages stamp it.</summary>
    public static string WarsawStamp(this PlatformHost host, TimeSpan offset)
    {
        var local = TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow() + offset, Warsaw);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{local:dd.MM.yyyy}, godz. {local:HH:mm}");
    }

    /// <summary>The page as a reader sees it: tags gone, entities decoded, every kind of space one space.</summary>
    public static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")).Replace('\u00A0', ' '), " ");

    /// <summary>Amounts as the pages print them, with ordinary spaces (compare with <see cref="Text"/>).</summary>
    public static string Money(decimal amount) => PolishFormat.Money(amount).Replace('\u00A0', ' ');

    /// <summary>The message shown next to a field (the span the validation tag helper gives an id).</summary>
    public static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*id=\"{Regex.Escape(field.Replace('.', '_'))}-error\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : "";
    }

    /// <summary>The value an input was rendered with (decoded), or null when it has none.</summary>
    public static string? InputValue(string html, string field)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(field)}\"[^>]*>").Value;
        var value = Regex.Match(input, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
    }

    /// <summary>Sets the gmina's NIP as the operator would (the QR code needs it) and makes the app see it at once.</summary>
    public static async Task SetRecipientNipAsync(PlatformHost host, string slug, string nip)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var tenant = await db.Tenants.SingleAsync(t => t.Slug == slug);
            tenant.Bank.RecipientNip = nip;
            db.Entry(tenant).ComplexProperty(t => t.Bank).IsModified = true;
            await db.SaveChangesAsync();
        }
        host.Services.GetRequiredService<TenantCatalog>().Invalidate();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
