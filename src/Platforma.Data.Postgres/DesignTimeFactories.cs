using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;

namespace Platforma.Data.Postgres;

// Used only by 'dotnet ef migrations add' (see docs/development.md); nothing connects to these strings.
internal sealed class DesignTimeCatalogFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        new PostgresProvider(new DatabaseOptions { CatalogConnection = "Host=localhost;Database=platforma_design;Username=design" }).UseCatalog(builder);
        return new CatalogDbContext(builder.Options);
    }
}

internal sealed class DesignTimeTenantFactory : IDesignTimeDbContextFactory<TenantDbContext>
{
    public TenantDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        new PostgresProvider(new DatabaseOptions()).UseTenant(builder, "Host=localhost;Database=platforma_design;Username=design");
        return new TenantDbContext(builder.Options);
    }
}
