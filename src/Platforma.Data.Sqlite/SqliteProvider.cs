using System.Data.Common;
using System.Globalization;
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

    public override string ScratchTable(string name) => "temp.import_" + name;

    public override string CreateScratchTableSql(string name, IReadOnlyList<BulkColumn> columns) =>
        $"DROP TABLE IF EXISTS {ScratchTable(name)}; CREATE TEMP TABLE import_{name} ("
        + string.Join(", ", columns.Select(c => $"{c.Name} {(c.Type is BulkType.Int or BulkType.Long ? "INTEGER" : "TEXT")}")) + ")";

    public override string CreateScratchIndexSql(string name, string columns) =>
        $"CREATE INDEX temp.ix_import_{name}_{columns.Replace(", ", "_")} ON import_{name} ({columns})";

    /// <summary>One prepared INSERT re-bound per row inside the import's transaction: SQLite's fastest path.</summary>
    public override async Task BulkLoadAsync(DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<BulkColumn> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ("
            + string.Join(", ", columns.Select((_, i) => "$p" + i)) + ")";
        var parameters = columns.Select((_, i) => command.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = ToSqlite(row[i]);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    // The same text forms EF Core's SQLite provider writes, so imported rows read back like any other.
    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        decimal d => d.ToString("0.0###########################", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    public override async Task<string> CurrentSchemaAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file FROM pragma_database_list WHERE name = 'main'";
        var file = (await command.ExecuteScalarAsync(ct)) as string ?? "";
        return Path.GetFileName(file);
    }
}
