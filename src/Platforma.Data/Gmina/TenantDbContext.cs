using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Platforma.Data.Gmina;

/// <summary>
/// One gmina's data. The model names no schema: the connection's principal decides where the tables are
/// (its default schema on SQL Server, its search_path on PostgreSQL, its own file on SQLite), so one model
/// serves every gmina and a wrong tenant meets "permission denied" instead of another gmina's rows.
/// </summary>
public class TenantDbContext(DbContextOptions<TenantDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
        });
        builder.Entity<AuditEntry>(a =>
        {
            a.Property(x => x.Actor).HasMaxLength(256);
            a.Property(x => x.Action).HasMaxLength(100);
            a.Property(x => x.Subject).HasMaxLength(200);
            a.Property(x => x.Reason).HasMaxLength(500);
            a.HasIndex(x => x.At);
        });
    }
}
