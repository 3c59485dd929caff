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
    public DbSet<Taxpayer> Taxpayers => Set<Taxpayer>();
    public DbSet<TaxObject> TaxObjects => Set<TaxObject>();
    public DbSet<Liability> Liabilities => Set<Liability>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<AssessmentImport> AssessmentImports => Set<AssessmentImport>();
    public DbSet<ImportState> ImportStates => Set<ImportState>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.TaxpayerId).OnDelete(DeleteBehavior.Restrict);
            // One online account per taxpayer: two activations racing with the same code cannot both win.
            u.HasIndex(x => x.TaxpayerId).IsUnique();
        });
        builder.Entity<Taxpayer>(t =>
        {
            t.HasIndex(x => x.ExternalId).IsUnique();
            t.HasIndex(x => x.Pesel);
            t.HasIndex(x => x.Nip);
            // Activation looks the taxpayer up by the hash of the code on the decision.
            t.HasIndex(x => x.ActivationCodeHash);
            t.Property(x => x.ExternalId).HasMaxLength(50);
            t.Property(x => x.Name).HasMaxLength(300);
            t.Property(x => x.Pesel).HasMaxLength(11);
            t.Property(x => x.Nip).HasMaxLength(10);
            t.Property(x => x.Regon).HasMaxLength(14);
            t.Property(x => x.Address).HasMaxLength(500);
            t.Property(x => x.ActivationCodeHash).HasMaxLength(100);
            t.Property(x => x.Email).HasMaxLength(256);
        });
        builder.Entity<TaxObject>(o =>
        {
            o.HasIndex(x => new { x.ExternalId, x.Year }).IsUnique();
            o.HasIndex(x => new { x.TaxpayerId, x.Year });
            o.Property(x => x.ExternalId).HasMaxLength(50);
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.Description).HasMaxLength(500);
            o.Property(x => x.Location).HasMaxLength(300);
            o.Property(x => x.PlotNumber).HasMaxLength(50);
            o.Property(x => x.Unit).HasMaxLength(20);
            o.Property(x => x.Basis).HasPrecision(18, 4);
            o.Property(x => x.Rate).HasPrecision(18, 4);
            o.Property(x => x.Amount).HasPrecision(18, 2);
        });
        builder.Entity<Liability>(l =>
        {
            l.HasIndex(x => x.ExternalId).IsUnique();
            l.HasIndex(x => new { x.TaxpayerId, x.Year });
            l.Property(x => x.ExternalId).HasMaxLength(50);
            l.Property(x => x.TaxKind).HasConversion<string>().HasMaxLength(20);
            l.Property(x => x.DecisionNumber).HasMaxLength(50);
            l.Property(x => x.Amount).HasPrecision(18, 2);
            l.Property(x => x.Costs).HasPrecision(18, 2);
        });
        builder.Entity<Payment>(p =>
        {
            p.HasIndex(x => x.ExternalId).IsUnique();
            p.HasIndex(x => new { x.TaxpayerId, x.Date });
            p.HasIndex(x => x.Year);
            p.Property(x => x.ExternalId).HasMaxLength(50);
            p.Property(x => x.Amount).HasPrecision(18, 2);
            p.Property(x => x.Channel).HasMaxLength(50);
            p.Property(x => x.Title).HasMaxLength(300);
            p.HasOne(x => x.Liability).WithMany().HasForeignKey(x => x.LiabilityId).OnDelete(DeleteBehavior.SetNull);
        });
        builder.Entity<AssessmentImport>(i =>
        {
            i.HasIndex(x => x.ReceivedAt);
            i.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.SubmittedBy).HasMaxLength(256);
            i.Property(x => x.FileName).HasMaxLength(260);
            i.Property(x => x.PackageSha256).HasMaxLength(64);
            i.Property(x => x.System).HasMaxLength(200);
            i.Property(x => x.Years).HasMaxLength(100);
            i.Property(x => x.StoredPath).HasMaxLength(500);
            i.Property(x => x.ContentSha256).HasMaxLength(64);
        });
        builder.Entity<ImportState>(s =>
        {
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.LastContentSha256).HasMaxLength(64);
            s.HasData(new ImportState { Id = ImportState.SingletonId });
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
