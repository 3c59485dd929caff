using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Web.Imports;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Imports;

/// <summary><c>POST /api/import/packages</c> through real HTTP with per-gmina keys.</summary>
public abstract class ImportApiTests(PlatformHost host)
{
    [Fact]
    public async Task Accept_a_package_with_the_gminas_key_and_report_its_status()
    {
        const string slug = "miejska-gorka";
        var key = (await host.Services.GetRequiredService<ImportApiKeys>().IssueAsync(slug, "Test-System", "test")).Plain;
        using var client = host.Client(slug);

        var accepted = await PostAsync(client, key, TestPackage.Valid(slug, 3).Write());

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"/api/import/packages/{id}", accepted.Headers.Location!.OriginalString);
        Assert.Equal("Received", body.GetProperty("status").GetString());
        var queued = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("imports", 0, 1000);
        Assert.Contains(queued, j => j.Value.Job.Type == typeof(ImportJob) && (string)j.Value.Job.Args[0] == slug && (long)j.Value.Job.Args[1] == id);

        await host.Services.GetRequiredService<ImportJob>().RunAsync(slug, id, CancellationToken.None); // what the worker does
        using var status = new HttpRequestMessage(HttpMethod.Get, $"/api/import/packages/{id}");
        status.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var done = await (await client.SendAsync(status)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Applied", done.GetProperty("status").GetString());
        Assert.Equal(8, done.GetProperty("counts").GetProperty("liabilities").GetInt32());
        Assert.StartsWith("klucz API „Test-System”", done.GetProperty("submittedBy").GetString());
    }

    [Fact]
    public async Task Refuse_a_key_of_another_gmina_with_401_and_keep_nothing()
    {
        var keyOfA = (await host.Services.GetRequiredService<ImportApiKeys>().IssueAsync("opalenica", null, "test")).Plain;
        using var onB = host.Client("skoki");
        var before = await CountAsync("skoki");

        var response = await PostAsync(onB, keyOfA, TestPackage.Valid("skoki", 1).Write());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(before, await CountAsync("skoki"));
    }

    [Fact]
    public async Task Refuse_missing_revoked_and_rotated_keys()
    {
        const string slug = "slupca";
        var keys = host.Services.GetRequiredService<ImportApiKeys>();
        var old = (await keys.IssueAsync(slug, null, "test")).Plain;
        using var client = host.Client(slug);
        var package = TestPackage.Valid(slug, 1).Write();

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, null, package)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, old[..^1] + "x", package)).StatusCode);
        var rotated = (await keys.RotateAsync(slug, "test")).Plain;
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, old, package)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, rotated, package)).StatusCode);
        await keys.RevokeAsync(slug, "test");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, rotated, package)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? key, string zip)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import/packages?nazwa=eksport.zip")
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(zip)) { Headers = { ContentType = new("application/zip") } },
        };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }

    private Task<int> CountAsync(string slug) => host.InGminaAsync(slug, s => s.GetRequiredService<TenantDbContext>().AssessmentImports.CountAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class ImportApiOnSqlite(SqliteHost host) : ImportApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ImportApiOnPostgres(PostgresHost host) : ImportApiTests(host);
