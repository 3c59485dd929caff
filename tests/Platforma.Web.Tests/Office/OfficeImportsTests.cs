using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Web.Imports;
using Platforma.Web.Operator;
using Platforma.Web.Tests.Imports;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Office;

/// <summary>Office staff upload packages and read the import history of their gmina; the operator sees it too.</summary>
public abstract partial class OfficeImportsTests(PlatformHost host)
{
    private const string Password = "Haslo-Testowe-123";

    [Fact]
    public async Task Let_office_staff_upload_a_package_and_read_which_line_is_wrong()
    {
        const string slug = "steszew";
        using var client = await SignInClerkAsync(slug);
        var broken = TestPackage.Valid(slug, 1).Line(ImportFormat.Liabilities, 4, "N3;P2;2026;PN;FN.1;2026-02-10;1;2026-02-30;124,00").Write();

        var posted = await UploadAsync(client, broken, force: false);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = long.Parse(posted.Headers.Location!.OriginalString.Split('/').Last());
        await host.Services.GetRequiredService<ImportJob>().RunAsync(slug, id, CancellationToken.None);
        var detail = await client.GetStringAsync($"/urzad/importy/{id}");
        Assert.Contains("odrzucony", detail);
        Assert.Contains("BŁĄD: naleznosci.csv, wiersz 4: termin: „2026-02-30” nie jest datą", detail);
        var history = await client.GetStringAsync("/urzad");
        Assert.Contains($"href=\"/urzad/importy/{id}\"", history);
        Assert.Contains("urzednik@steszew.test", history);
    }

    [Fact]
    public async Task Keep_what_the_clerk_chose_when_no_file_was_given()
    {
        using var client = await SignInClerkAsync("strzalkowo");
        var response = await UploadAsync(client, null, force: true);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wybierz plik pakietu (ZIP) do przesłania.", html);
        Assert.Matches("<input type=\"checkbox\"[^>]*checked=\"checked\"[^>]*name=\"Force\"|name=\"Force\"[^>]*checked", html);
    }

    [Fact]
    public async Task Keep_the_office_pages_from_anonymous_visitors_and_residents()
    {
        using var anonymous = host.Client("skoki");
        var response = await anonymous.GetAsync("/urzad");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logowanie", response.Headers.Location!.PathAndQuery);

        await CreateUserAsync("skoki", "mieszkaniec@skoki.test", PortalUserKind.Resident);
        using var resident = host.Client("skoki");
        await Forms.PostAsync(resident, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = "mieszkaniec@skoki.test", ["Input.Password"] = Password });
        var denied = await resident.GetAsync("/urzad");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.StartsWith("/brak-dostepu", denied.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Show_the_operator_a_gminas_import_history_and_issue_a_working_key_once()
    {
        const string slug = "przykona";
        const string email = "operator-importy@platforma.test";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<OperatorAccounts>();
            try { await accounts.CreateAsync(email, "Haslo-Operatora-123", CancellationToken.None); } catch (InvalidOperationException) { }
        }
        var importId = await host.InGminaAsync(slug, async s =>
        {
            var path = TestPackage.Valid(slug, 77).Write();
            return (await s.GetRequiredService<PackageImporter>().ReceiveAsync(ImportSource.Inbox, "skrzynka: test", path, "p.zip", ImportStore.HashOf(path), false, default)).Id;
        });
        await host.Services.GetRequiredService<ImportJob>().RunAsync(slug, importId, CancellationToken.None);
        using var admin = host.Client("admin");
        var signedIn = await Forms.PostAsync(admin, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Haslo-Operatora-123" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var page = await admin.GetStringAsync($"/gminy/{slug}");
        Assert.Contains($"href=\"/gminy/{slug}/importy/{importId}\"", page);
        Assert.Contains("zastosowany", page);
        Assert.Contains("import-assessments:przykona", page);
        var detail = await admin.GetStringAsync($"/gminy/{slug}/importy/{importId}");
        Assert.Contains("podatnicy 3, przedmioty 5, należności 8, wpłaty 4", detail);

        var issued = await Forms.PostAsync(admin, $"/gminy/{slug}", new Dictionary<string, string> { ["ApiKeyName"] = "SD Przykona" }, $"/gminy/{slug}?handler=IssueKey");
        var html = await issued.Content.ReadAsStringAsync();
        var key = KeyOnPage().Match(html).Groups[1].Value;
        Assert.StartsWith("pi_", key);
        Assert.DoesNotContain(key, await admin.GetStringAsync($"/gminy/{slug}")); // shown once
        Assert.NotNull(await host.Services.GetRequiredService<ImportApiKeys>().VerifyAsync(
            (await host.Services.GetRequiredService<Platforma.Web.Tenancy.TenantCatalog>().FindAsync(slug))!.Id, key));
    }

    [GeneratedRegex("<code id=\"nowy-klucz\">([^<]+)</code>")]
    private static partial Regex KeyOnPage();

    private async Task<HttpClient> SignInClerkAsync(string slug)
    {
        var email = $"urzednik@{slug}.test";
        await CreateUserAsync(slug, email, PortalUserKind.OfficeStaff);
        var client = host.Client(slug);
        var signIn = await Forms.PostAsync(client, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? zip, bool force)
    {
        var page = await client.GetStringAsync("/urzad");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(force ? "true" : "false"), "Force" },
        };
        if (zip is not null) form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(zip)), "Package", Path.GetFileName(zip));
        return await client.PostAsync("/urzad", form);
    }

    private Task CreateUserAsync(string slug, string email, PortalUserKind kind) => host.InGminaAsync(slug, async s =>
    {
        var users = s.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync(email) is not null) return 0;
        var result = await users.CreateAsync(new PortalUser { UserName = email, Email = email, EmailConfirmed = true, Kind = kind, CreatedAt = DateTimeOffset.UtcNow }, Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return 0;
    });
}

[Collection(SqliteCollection.Name)]
public sealed class OfficeImportsOnSqlite(SqliteHost host) : OfficeImportsTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OfficeImportsOnPostgres(PostgresHost host) : OfficeImportsTests(host);
