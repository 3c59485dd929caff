using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Tenancy;

/// <summary>What every gmina's portal must do through real HTTP, run on SQLite and on PostgreSQL alike.</summary>
public abstract class PortalTests(PlatformHost host)
{
    private static readonly TenantsFile.Content Gminy = TenantsFile.Load(Repository.TenantsFile);

    public static TheoryData<string> Slugs => new(Gminy.Gminy.Select(g => g.Slug));

    [Theory, MemberData(nameof(Slugs))]
    public async Task Show_each_gmina_its_own_branding_and_no_other_gmina(string slug)
    {
        var gmina = Gminy.Gminy.Single(g => g.Slug == slug);
        using var client = host.Client(slug);
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>Portal mieszkańca — {gmina.Name}</h1>", html);
        Assert.Contains($"alt=\"Herb: {gmina.Name}\"", html);
        Assert.Contains($"/theme.css?v={gmina.Branding.PrimaryColor.TrimStart('#')}", html);
        Assert.Contains("Kontakt z urzędem", html);
        foreach (var other in Gminy.Gminy.Where(g => g.Slug != slug))
        {
            Assert.DoesNotContain(other.Name, html);
            Assert.DoesNotContain(other.Branding.PrimaryColor.TrimStart('#'), html, StringComparison.OrdinalIgnoreCase);
        }

        var theme = await client.GetStringAsync("/theme.css");
        Assert.Contains($"--brand:{gmina.Branding.PrimaryColor}", theme);
        var arms = await client.GetByteArrayAsync("/herb");
        Assert.Equal(await File.ReadAllBytesAsync(gmina.CoatOfArmsPath), arms);
    }

    [Fact]
    public async Task List_every_active_gmina_on_the_directory()
    {
        using var client = host.Client(null);
        var html = await client.GetStringAsync("/");
        foreach (var gmina in Gminy.Gminy)
            Assert.Contains($"href=\"http://{gmina.Slug}.localhost:{host.Port}\"", html);
    }

    [Fact]
    public async Task Answer_an_unknown_subdomain_with_a_404_that_names_no_gmina()
    {
        using var client = host.Client("nieistniejaca");
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.All(Gminy.Gminy, g =>
        {
            Assert.DoesNotContain(g.ShortName, html);
            Assert.DoesNotContain(g.Slug, html);
        });
    }

    [Theory]
    [InlineData("mosina_x")]
    [InlineData("-mosina")]
    public async Task Answer_a_malformed_host_with_400(string label)
    {
        using var client = host.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{label}.localhost:{host.Port}";
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Send_the_operator_host_to_sign_in()
    {
        using var client = host.Client("admin");
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logowanie", response.Headers.Location!.PathAndQuery);
        var hangfire = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, hangfire.StatusCode);
    }

    [Fact]
    public async Task Never_serve_the_job_dashboard_on_a_gminas_host()
    {
        using var client = host.Client("mosina");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Refuse_a_session_cookie_of_one_gmina_on_another_gminas_host()
    {
        await CreateClerkAsync("mosina", "urzednik@mosina.test");
        using var mosina = host.Client("mosina");
        var signIn = await Forms.PostAsync(mosina, "/logowanie", new Dictionary<string, string>
        {
            ["Input.Email"] = "urzednik@mosina.test",
            ["Input.Password"] = "Haslo-Testowe-123",
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("platforma.sesja=", StringComparison.Ordinal));
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase); // host-only
        var cookie = session.Split(';')[0];

        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("mosina", cookie)).StatusCode);
        var onSrem = await GetWithCookieAsync("srem", cookie);
        Assert.Equal(HttpStatusCode.Redirect, onSrem.StatusCode);
        Assert.StartsWith("/logowanie", onSrem.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Answer_503_for_a_suspended_gmina_and_keep_its_data()
    {
        const string slug = "przykona";
        await CreateClerkAsync(slug, "urzednik@przykona.test");
        var lifecycle = host.Services.GetRequiredService<TenantLifecycle>();
        await lifecycle.SuspendAsync(slug, "test");
        try
        {
            using var client = host.Client(slug);
            var response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("3600", response.Headers.GetValues("Retry-After").Single());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/logowanie")).StatusCode);
            using var directory = host.Client(null);
            Assert.DoesNotContain($"//{slug}.localhost", await directory.GetStringAsync("/"));
        }
        finally
        {
            await lifecycle.ResumeAsync(slug, "test");
        }
        var clerk = await host.InGminaAsync(slug, s => s.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync("urzednik@przykona.test"));
        Assert.NotNull(clerk);
        using var resumed = host.Client(slug);
        Assert.Equal(HttpStatusCode.OK, (await resumed.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Report_ready_when_every_gminas_principal_lands_in_its_schema()
    {
        using var client = host.Client(null);
        var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Carry_a_correlation_id_and_security_headers()
    {
        using var client = host.Client("mosina");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Correlation-ID", "test-123");
        var response = await client.SendAsync(request);
        Assert.Equal("test-123", response.Headers.GetValues("X-Correlation-ID").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Log_each_request_with_its_gmina_and_correlation_id()
    {
        var correlation = "log-" + Guid.NewGuid().ToString("N")[..12];
        using var client = host.Client("srem");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/deklaracja-dostepnosci");
        request.Headers.Add("X-Correlation-ID", correlation);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        var logged = Assert.Single(host.Log.Events, e => e.Contains($"CorrelationId=\"{correlation}\""));
        Assert.StartsWith("\"GET\" \"srem.localhost:", logged); // the rendered message quotes its string values
        Assert.Contains("\"/deklaracja-dostepnosci\" responded 200", logged);
        Assert.Contains("Gmina=\"srem\"", logged);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string slug, string cookie)
    {
        using var client = host.Client(slug, useCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/konto");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private Task<PortalUser> CreateClerkAsync(string slug, string email) => host.InGminaAsync(slug, async services =>
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync(email) is { } existing) return existing;
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, Kind = PortalUserKind.OfficeStaff, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, "Haslo-Testowe-123");
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return user;
    });
}

[Collection(SqliteCollection.Name)]
public sealed class PortalOnSqlite(SqliteHost host) : PortalTests(host)
{
    [Fact]
    public async Task Keep_one_database_file_per_gmina()
    {
        var files = Directory.GetFiles(Path.Combine(host.DataFolder, "gminy"), "*.db").Select(Path.GetFileName).Order().ToList();
        var gminy = await host.Services.GetRequiredService<TenantCatalog>().AllAsync();
        Assert.Equal(gminy.Select(g => g.Slug + ".db").Order(), files);
        Assert.Equal(gminy.Select(g => g.Database.Schema).Order(), files);
        Assert.Superset(Slugs.Select(s => s.Data + ".db").ToHashSet(), files.ToHashSet()!);
    }

    // EF Core creates SQLite files in WAL mode, where readers keep reading the last commit while a writer holds the
    // lock; in the rollback-journal mode every resident of a gmina would wait, then fail, while its import commits.
    [Fact]
    public async Task Let_residents_read_while_an_import_holds_the_write_lock()
    {
        var tenant = (await host.Services.GetRequiredService<TenantCatalog>().FindAsync("mosina"))!;
        var connectionString = host.Services.GetRequiredService<TenantConnections>().ConnectionStringFor(tenant.Database);
        await using var writer = new SqliteConnection(connectionString);
        await writer.OpenAsync();
        await using (var begin = writer.CreateCommand())
        {
            // What an import's commit takes; in rollback-journal mode it shuts every reader out until the commit ends.
            begin.CommandText = "BEGIN EXCLUSIVE; UPDATE \"ImportStates\" SET \"Version\" = \"Version\" + 1";
            await begin.ExecuteNonQueryAsync();
        }

        await using var scope = await host.Services.GetRequiredService<TenantScopes>().BeginAsync("mosina");
        var db = scope.Services.GetRequiredService<TenantDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(2)); // SQLite's busy timeout: a blocked read fails fast
        var state = await db.ImportStates.AsNoTracking().SingleAsync();

        await using (var rollback = writer.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }
        Assert.Equal(state.Version, (await db.ImportStates.AsNoTracking().SingleAsync()).Version);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PortalOnPostgres(PostgresHost host) : PortalTests(host);
