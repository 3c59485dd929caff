using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;

namespace Platforma.Data.Sqlite;

// Used only by 'dotnet ef migrations add' (see docs/development.md); nothing connects to these strings.
internal sealed class DesignTimeCatalogFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        new SqliteProvider(new DatabaseOptions { CatalogConnection = "Data Source=design-catalog.db" }).UseCatalog(builder);
        return new CatalogDbContext(builder.Options);
    }
}

internal sealed class DesignTimeTenantFactory : IDesignTimeDbContextFactory<TenantDbContext>
{
    public TenantDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        new SqliteProvider(new DatabaseOptions()).UseTenant(builder, "Data Source=design-gmina.db");
        return new TenantDbContext(builder.Options);
    }
}
