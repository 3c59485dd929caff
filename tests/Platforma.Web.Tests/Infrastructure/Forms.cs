using System.Net;
using System.Text.RegularExpressions;

namespace Platforma.Web.Tests.Infrastructure;

/// <summary>Posting a form as a browser would: GET the page, take its anti-forgery token, POST the fields.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IDictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(html);
        if (!token.Success) throw new InvalidOperationException($"No anti-forgery token on {page}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
