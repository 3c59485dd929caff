using System.Net;
using Platforma.Web.Tests.Infrastructure;
using static Platforma.Web.Tests.Portal.PortalTestKit;

namespace Platforma.Web.Tests.Portal;

/// <summary>
/// Isolation through HTTP: a resident's session is worthless on another gmina's host, and an id in a URL is looked up only
/// in the signed-in resident's own ledger — for every resident page and API route.
/// </summary>
public abstract class IsolationTests(PlatformHost host)
{
    /// <summary>Every route that shows a resident's data; {id} is one of the owner's liabilities.</summary>
    public static TheoryData<string> ResidentRoutes => new(
        "/zobowiazania", "/zobowiazania/2026/pn", "/wplaty", "/jak-zaplacic", "/jak-zaplacic/qr/{id}.png", "/jak-zaplacic/qr/zaleglosci.png",
        "/dokumenty", "/dokumenty/zestawienie.pdf", "/dokumenty/terminy.ics", "/konto", "/konto/haslo", "/konto/weryfikacja-dwuetapowa",
        "/api/me", "/api/me/statement", "/api/me/assessments/2026/pn", "/api/me/payments", "/api/me/payment-instructions");

    [Theory, MemberData(nameof(ResidentRoutes))]
    public async Task Give_nothing_to_a_session_of_another_gmina(string route)
    {
        await SetRecipientNipAsync(host, "slupca", "5214349636");
        var (inA, _, cookieOfA) = await Residents.SignedInAsync(host, "brudzew");
        var (inB, clientOfB, _) = await Residents.SignedInAsync(host, "slupca");
        var path = route.Replace("{id}", inB.Liabilities[11].Id.ToString());
        Assert.Equal(HttpStatusCode.OK, (await clientOfB.GetAsync(path)).StatusCode); // B sees it on B's host

        using var onB = host.Client("slupca", useCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieOfA);
        var response = await onB.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        if (route.StartsWith("/api/", StringComparison.Ordinal))
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/logowanie", response.Headers.Location!.PathAndQuery);
        }
        foreach (var secret in new[] { inB.Name, inB.ExternalId, inB.Pesel!, inA.Name, inA.ExternalId })
            Assert.DoesNotContain(secret, body);
    }

    [Fact]
    public async Task Answer_a_liability_id_of_another_taxpayer_or_gmina_with_not_found()
    {
        await SetRecipientNipAsync(host, "lobzenica", "5214349636");
        await SetRecipientNipAsync(host, "strzalkowo", "8567346215");
        var (resident, client, _) = await Residents.SignedInAsync(host, "lobzenica");
        var neighbour = await TestLedger.AddPersonAsync(host, "lobzenica");   // same gmina, another taxpayer
        var (elsewhere, _, _) = await Residents.SignedInAsync(host, "strzalkowo");
        var own = resident.Liabilities.Select(l => l.Id).ToHashSet();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/jak-zaplacic/qr/{resident.Liabilities[11].Id}.png")).StatusCode);
        foreach (var id in neighbour.Liabilities.Select(l => l.Id))
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/jak-zaplacic/qr/{id}.png")).StatusCode);
        foreach (var id in elsewhere.Liabilities.Select(l => l.Id))
        {
            // Ids are per gmina schema: the same number here can only be one of the resident's own liabilities.
            var response = await client.GetAsync($"/jak-zaplacic/qr/{id}.png");
            if (own.Contains(id))
            {
                if (response.StatusCode == HttpStatusCode.OK)
                    Assert.Contains($"ID {resident.ExternalId.PadLeft(8, '0')}", QrCodes.Decode(await response.Content.ReadAsByteArrayAsync()));
            }
            else Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        foreach (var path in new[] { "/api/me", "/api/me/statement", "/api/me/payments", "/zobowiazania", "/wplaty" })
        {
            var body = await client.GetStringAsync(path);
            Assert.DoesNotContain(neighbour.ExternalId, body);
            Assert.DoesNotContain(elsewhere.ExternalId, body);
        }
    }

    [Theory]
    [InlineData("/zobowiazania", HttpStatusCode.Redirect)]
    [InlineData("/dokumenty/zestawienie.pdf", HttpStatusCode.Redirect)]
    [InlineData("/jak-zaplacic/qr/zaleglosci.png", HttpStatusCode.Redirect)]
    [InlineData("/api/me/statement", HttpStatusCode.Unauthorized)]
    public async Task Send_an_anonymous_visitor_to_sign_in_and_answer_the_api_with_401(string path, HttpStatusCode expected)
    {
        using var client = host.Client("mosina");
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect) Assert.StartsWith("/logowanie", response.Headers.Location!.PathAndQuery);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IsolationOnSqlite(SqliteHost host) : IsolationTests(host);

[Collection(PostgresCollection.Name)]
public sealed class IsolationOnPostgres(PostgresHost host) : IsolationTests(host);
