using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;

namespace Platforma.Data.SqlServer;

// Used only by 'dotnet ef migrations add' (see docs/development.md); nothing connects to these strings.
internal sealed class DesignTimeCatalogFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        new SqlServerProvider(new DatabaseOptions { CatalogConnection = "Server=localhost;Database=PlatformaDesign;TrustServerCertificate=True" }).UseCatalog(builder);
        return new CatalogDbContext(builder.Options);
    }
}

internal sealed class DesignTimeTenantFactory : IDesignTimeDbContextFactory<TenantDbContext>
{
    public TenantDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        new SqlServerProvider(new DatabaseOptions()).UseTenant(builder, "Server=localhost;Database=PlatformaDesign;TrustServerCertificate=True");
        return new TenantDbContext(builder.Options);
    }
}
