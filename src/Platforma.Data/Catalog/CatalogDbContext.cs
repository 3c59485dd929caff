using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Platforma.Data.Catalog;

/// <summary>
/// The platform's own data: gminy, operators, API keys, Data Protection keys. Reached with the app's catalog
/// login, never with a gmina's principal; holds no taxpayer data.
/// </summary>
public class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<TenantAsset> TenantAssets => Set<TenantAsset>();
    public DbSet<Operator> Operators => Set<Operator>();
    public DbSet<ImportApiKey> ImportApiKeys => Set<ImportApiKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(t =>
        {
            t.HasIndex(x => x.Slug).IsUnique();
            t.Property(x => x.Slug).HasMaxLength(63);
            t.Property(x => x.Name).HasMaxLength(200);
            t.Property(x => x.ShortName).HasMaxLength(100);
            t.Property(x => x.Teryt).HasMaxLength(7);
            t.Property(x => x.UpdatedBy).HasMaxLength(200);
            t.ComplexProperty(x => x.Branding, b => b.Property(p => p.PrimaryColor).HasMaxLength(7));
            t.ComplexProperty(x => x.Contact);
            t.ComplexProperty(x => x.Bank);
            t.ComplexProperty(x => x.Taxes);
            t.ComplexProperty(x => x.Imports);
            t.ComplexProperty(x => x.Payments);
            t.ComplexProperty(x => x.Database, d =>
            {
                d.Property(p => p.Schema).HasMaxLength(128);
                d.Property(p => p.Principal).HasMaxLength(128);
            });
            t.ComplexProperty(x => x.LastCheck);
        });
        modelBuilder.Entity<TenantAsset>(a =>
        {
            a.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
            a.Property(x => x.Name).HasMaxLength(50);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.Property(x => x.Sha256).HasMaxLength(64);
            a.HasOne(x => x.Tenant).WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ImportApiKey>(k =>
        {
            k.HasIndex(x => x.Prefix).IsUnique();
            k.HasIndex(x => x.TenantId);
            k.Property(x => x.Name).HasMaxLength(200);
            k.Property(x => x.Prefix).HasMaxLength(20);
            k.Property(x => x.Sha256).HasMaxLength(64);
            k.Property(x => x.CreatedBy).HasMaxLength(256);
            k.Property(x => x.RevokedBy).HasMaxLength(256);
            k.HasOne(x => x.Tenant).WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Operator>(o =>
        {
            o.HasIndex(x => x.Email).IsUnique();
            o.Property(x => x.Email).HasMaxLength(256);
        });
    }
}
