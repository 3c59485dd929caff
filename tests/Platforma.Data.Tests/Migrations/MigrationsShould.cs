using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Data.Postgres;
using Platforma.Data.Sqlite;
using Platforma.Data.SqlServer;

namespace Platforma.Data.Tests.Migrations;

/// <summary>Every provider's migrations describe the model exactly: a model change without a migration fails here.</summary>
public class MigrationsShould
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres", "SqlServer"];

    [Theory, MemberData(nameof(Providers))]
    public void Have_no_pending_model_changes_for_the_catalog(string provider)
    {
        using var db = new CatalogDbContext(CatalogOptions(provider));
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the catalog model differs from its migrations; run scripts/add-migration.sh");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory, MemberData(nameof(Providers))]
    public void Have_no_pending_model_changes_for_a_gmina(string provider)
    {
        using var db = new TenantDbContext(TenantOptions(provider));
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the gmina model differs from its migrations; run scripts/add-migration.sh");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory, MemberData(nameof(Providers))]
    public void Never_name_a_schema_in_the_gmina_model(string provider)
    {
        using var db = new TenantDbContext(TenantOptions(provider));
        var named = db.Model.GetEntityTypes().Where(e => e.GetSchema() is not null).Select(e => e.Name).ToList();
        Assert.Empty(named);
        Assert.Null(db.Model.GetDefaultSchema());
    }

    [Fact]
    public void Give_every_provider_the_same_gmina_migrations()
    {
        string[] Names(string provider)
        {
            using var db = new TenantDbContext(TenantOptions(provider));
            return db.Database.GetMigrations().Select(m => m[15..]).ToArray(); // without the timestamp
        }
        Assert.Equal(Names("Sqlite"), Names("Postgres"));
        Assert.Equal(Names("Sqlite"), Names("SqlServer"));
    }

    internal static DatabaseProvider Provider(string name) => name switch
    {
        "Sqlite" => new SqliteProvider(new DatabaseOptions { DataFolder = Path.GetTempPath() }),
        "Postgres" => new PostgresProvider(new DatabaseOptions { CatalogConnection = "Host=localhost;Database=x" }),
        _ => new SqlServerProvider(new DatabaseOptions { CatalogConnection = "Server=localhost;Database=x;TrustServerCertificate=True" }),
    };

    internal static DbContextOptions<CatalogDbContext> CatalogOptions(string provider)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        Provider(provider).UseCatalog(builder);
        return builder.Options;
    }

    internal static DbContextOptions<TenantDbContext> TenantOptions(string provider)
    {
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        var connection = provider switch
        {
            "Sqlite" => "Data Source=:memory:",
            "Postgres" => "Host=localhost;Database=x",
            _ => "Server=localhost;Database=x;TrustServerCertificate=True",
        };
        Provider(provider).UseTenant(builder, connection);
        return builder.Options;
    }
}
