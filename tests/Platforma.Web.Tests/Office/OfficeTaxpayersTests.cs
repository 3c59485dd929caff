using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Tests.Infrastructure;
using Platforma.Web.Tests.Portal;

namespace Platforma.Web.Tests.Office;

/// <summary>A clerk reads a taxpayer's data only with a stated reason, and every search and view lands in the audit log.</summary>
public abstract class OfficeTaxpayersTests(PlatformHost host)
{
    private const string Slug = "kostrzyn";
    private const string Password = "Haslo-Testowe-123";

    [Fact]
    public async Task Show_a_taxpayer_to_a_clerk_who_states_why_and_write_it_to_the_audit_log()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, Slug, "Zenon Żółtowski");
        using var clerk = await SignInClerkAsync("kasia@kostrzyn.test");
        const string reason = "rozmowa telefoniczna, sprawa FN.3120.7.2026";

        var search = await clerk.GetStringAsync($"/urzad/podatnicy?q={taxpayer.ExternalId}&powod={Uri.EscapeDataString(reason)}");
        Assert.Contains("Zenon Żółtowski", search);
        Assert.Contains(Pesel.Mask(taxpayer.Pesel!), search);
        Assert.DoesNotContain(taxpayer.Pesel!, search);

        var detail = await clerk.GetStringAsync($"/urzad/podatnicy/{taxpayer.ExternalId}?powod={Uri.EscapeDataString(reason)}");
        var statement = taxpayer.Statement(host.TodayInWarsaw());
        Assert.Contains($"Do zapłaty na dziś {PortalTestKit.Money(statement.TotalToPayToday)}", PortalTestKit.Text(detail));
        Assert.DoesNotContain(taxpayer.Pesel!, detail);

        var entries = await AuditAsync(a => a.Actor == "kasia@kostrzyn.test");
        Assert.Contains(entries, a => a.Action == "wyszukanie podatnika" && a.Subject == taxpayer.ExternalId && a.Reason == reason);
        Assert.Contains(entries, a => a.Action == "wgląd w dane podatnika" && a.Subject == taxpayer.ExternalId && a.Reason == reason);
    }

    [Fact]
    public async Task Show_nothing_and_log_nothing_without_a_reason()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, Slug, "Halina Bez-Powodu");
        using var clerk = await SignInClerkAsync("bez.powodu@kostrzyn.test");

        var search = await clerk.GetStringAsync($"/urzad/podatnicy?q={taxpayer.ExternalId}&powod=");
        Assert.Contains("Wpisz powód wglądu", search);
        Assert.DoesNotContain("Halina Bez-Powodu", search);
        Assert.Contains($"value=\"{taxpayer.ExternalId}\"", search); // what the clerk typed stays in the form

        var detail = await clerk.GetStringAsync($"/urzad/podatnicy/{taxpayer.ExternalId}");
        Assert.DoesNotContain("Halina Bez-Powodu", detail);
        Assert.Contains("Podaj jego powód", detail);
        Assert.Empty(await AuditAsync(a => a.Actor == "bez.powodu@kostrzyn.test"));
    }

    [Fact]
    public async Task Keep_residents_away_from_other_taxpayers_data()
    {
        var (_, resident, _) = await Residents.SignedInAsync(host, Slug);
        var response = await resident.GetAsync("/urzad/podatnicy?q=abc&powod=ciekawosc123");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<List<AuditEntry>> AuditAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> filter) =>
        host.InGminaAsync(Slug, s => s.GetRequiredService<TenantDbContext>().AuditEntries.AsNoTracking().Where(filter).ToListAsync());

    private async Task<HttpClient> SignInClerkAsync(string email)
    {
        await host.InGminaAsync(Slug, async s =>
        {
            var users = s.GetRequiredService<UserManager<PortalUser>>();
            if (await users.FindByEmailAsync(email) is null)
                Assert.True((await users.CreateAsync(new PortalUser
                {
                    UserName = email, Email = email, EmailConfirmed = true, Kind = PortalUserKind.OfficeStaff, CreatedAt = DateTimeOffset.UtcNow,
                }, Password)).Succeeded);
            return 0;
        });
        var client = host.Client(Slug);
        var signIn = await Forms.PostAsync(client, "/logowanie", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OfficeTaxpayersOnSqlite(SqliteHost host) : OfficeTaxpayersTests(host);

[Collection(PostgresCollection.Name)]
public sealed class OfficeTaxpayersOnPostgres(PostgresHost host) : OfficeTaxpayersTests(host);
