using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Gmina;
using Platforma.Web.Audit;
using Platforma.Web.Tests.Infrastructure;
using Platforma.Web.Tests.Portal;

namespace Platforma.Web.Tests.Audit;

/// <summary>Staff reads of a taxpayer's data land in that gmina's own audit table, with who, when, whom and why.</summary>
public abstract class AuditLogTests(PlatformHost host)
{
    [Fact]
    public async Task Write_a_staff_read_to_the_gminas_own_audit_table_with_actor_subject_reason_and_time()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "bojanowo");
        var reason = $"wniosek o zaświadczenie {Guid.NewGuid():N}";
        await host.InGminaAsync("bojanowo", async services =>
        {
            var db = services.GetRequiredService<TenantDbContext>();
            var read = await db.Taxpayers.SingleAsync(t => t.Id == taxpayer.Id);
            await services.GetRequiredService<AuditLog>().TaxpayerReadAsync("urzednik@bojanowo.test", "taxpayer.view", read, reason, CancellationToken.None);
            return 0;
        });

        var entry = await host.InGminaAsync("bojanowo", s => s.GetRequiredService<TenantDbContext>().AuditEntries.AsNoTracking().SingleAsync(e => e.Reason == reason));
        Assert.Equal("urzednik@bojanowo.test", entry.Actor);
        Assert.Equal("taxpayer.view", entry.Action);
        Assert.Equal(taxpayer.ExternalId, entry.Subject);
        Assert.Equal(host.Clock.GetUtcNow(), entry.At);
        Assert.DoesNotContain(taxpayer.Pesel!, entry.Subject + entry.Reason);
        Assert.False(await host.InGminaAsync("brudzew", s => s.GetRequiredService<TenantDbContext>().AuditEntries.AnyAsync(e => e.Reason == reason)));
    }

    [Fact]
    public async Task Refuse_a_read_without_a_reason()
    {
        var taxpayer = await TestLedger.AddPersonAsync(host, "bojanowo");
        await Assert.ThrowsAsync<ArgumentException>(() => host.InGminaAsync("bojanowo", async services =>
        {
            var read = await services.GetRequiredService<TenantDbContext>().Taxpayers.SingleAsync(t => t.Id == taxpayer.Id);
            await services.GetRequiredService<AuditLog>().TaxpayerReadAsync("urzednik@bojanowo.test", "taxpayer.view", read, " ", CancellationToken.None);
            return 0;
        }));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditLogOnSqlite(SqliteHost host) : AuditLogTests(host);

[Collection(PostgresCollection.Name)]
public sealed class AuditLogOnPostgres(PostgresHost host) : AuditLogTests(host);
