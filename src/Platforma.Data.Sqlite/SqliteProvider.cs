using System.Data.Common;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;

namespace Platforma.Data.Sqlite;

/// <summary>
/// SQLite, the embedded default: the catalog is one file and each gmina's data another file, so a gmina's
/// "principal" is simply the only file its connections ever open.
/// </summary>
public sealed class SqliteProvider(DatabaseOptions options) : DatabaseProvider(options)
{
    private static readonly string MigrationsAssembly = typeof(SqliteProvider).Assembly.GetName().Name!;

    public override string Name => "Sqlite";
    public override bool UsesSecrets => false;

    private string DataFolder => Path.GetFullPath(Options.DataFolder);
    private string GminyFolder => Path.Combine(DataFolder, "gminy");

    private string CatalogConnection => string.IsNullOrEmpty(Options.CatalogConnection)
        ? $"Data Source={Path.Combine(DataFolder, "catalog.db")}"
        : Options.CatalogConnection;

    public override void UseCatalog(DbContextOptionsBuilder builder) =>
        builder.UseSqlite(CatalogConnection, o => o.MigrationsAssembly(MigrationsAssembly));

    public override void UseTenant(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(MigrationsAssembly));

    public override void UseHangfireStorage(IGlobalConfiguration configuration)
    {
        Directory.CreateDirectory(DataFolder);
        // Hangfire keeps its own file next to the catalog: its writers would otherwise contend for the catalog's lock.
        configuration.UseSQLiteStorage(Path.Combine(DataFolder, "hangfire.db"), new SQLiteStorageOptions());
    }

    public override string TenantConnectionString(TenantDatabase database, string? secret) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(GminyFolder, database.Schema),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

    public override TenantDatabase NamesFor(string slug)
    {
        return new TenantDatabase { Schema = slug + ".db", Principal = "" };
    }

    public override Task EnsureCatalogDatabaseAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(DataFolder);
        Directory.CreateDirectory(GminyFolder);
        return Task.CompletedTask;
    }

    public override string PrincipalScript(TenantDatabase database, string? secret, bool setSecret) =>
        $"-- SQLite: the gmina's data is the file {Path.Combine(GminyFolder, database.Schema)}; nothing to create.";

    public override Task EnsurePrincipalAsync(TenantDatabase database, string? secret, bool setSecret, CancellationToken ct)
    {
        Directory.CreateDirectory(GminyFolder);
        return Task.CompletedTask;
    }

    public override async Task<string> CurrentSchemaAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file FROM pragma_database_list WHERE name = 'main'";
        var file = (await command.ExecuteScalarAsync(ct)) as string ?? "";
        return Path.GetFileName(file);
    }
}
