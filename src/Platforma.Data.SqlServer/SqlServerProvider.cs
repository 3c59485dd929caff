using System.Data;
using System.Data.Common;
using Hangfire;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;

namespace Platforma.Data.SqlServer;

/// <summary>
/// SQL Server, the production default: each gmina is a schema owned by a database user of the same name whose
/// DEFAULT_SCHEMA is that schema. The user has a login of its own and no sysadmin rights, because SQL Server
/// ignores DEFAULT_SCHEMA for sysadmins.
/// </summary>
public sealed class SqlServerProvider(DatabaseOptions options) : DatabaseProvider(options)
{
    private static readonly string MigrationsAssembly = typeof(SqlServerProvider).Assembly.GetName().Name!;

    /// <summary>Schema of the catalog tables when the app has a login of its own.</summary>
    public const string CatalogSchema = "catalog";

    public override string Name => "SqlServer";
    public override bool UsesSecrets => true;

    public override void UseCatalog(DbContextOptionsBuilder builder) =>
        builder.UseSqlServer(Options.CatalogConnection, o => o.MigrationsAssembly(MigrationsAssembly));

    public override void UseTenant(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(MigrationsAssembly));

    public override void UseHangfireStorage(IGlobalConfiguration configuration) =>
        configuration.UseSqlServerStorage(Options.CatalogConnection,
            new SqlServerStorageOptions { SchemaName = "HangFire", PrepareSchemaIfNecessary = true });

    public override string TenantConnectionString(TenantDatabase database, string? secret) =>
        new SqlConnectionStringBuilder(Options.TenantsConnection)
        {
            UserID = database.Principal,
            Password = secret,
            IntegratedSecurity = false,
            ApplicationName = "platforma:" + database.Schema,
        }.ConnectionString;

    /// <summary>The script <see cref="EnsureCatalogDatabaseAsync"/> runs in <c>master</c> and then in the database.</summary>
    public (string Master, string Database) CatalogScripts()
    {
        var catalog = new SqlConnectionStringBuilder(Options.CatalogConnection);
        var admin = new SqlConnectionStringBuilder(Options.AdminConnection);
        var database = catalog.InitialCatalog;
        if (string.IsNullOrEmpty(database)) throw new InvalidOperationException("ConnectionStrings:Catalog names no database.");
        var separateLogin = !string.Equals(catalog.UserID, admin.UserID, StringComparison.OrdinalIgnoreCase);
        var master = $"""
            IF DB_ID(N'{Escape(database)}') IS NULL
                CREATE DATABASE {Quote(database)};
            """;
        if (!separateLogin) return (master, "SELECT 1;");
        var login = catalog.UserID;
        master += $"""

            IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'{Escape(login)}')
                CREATE LOGIN {Quote(login)} WITH PASSWORD = N'{Escape(catalog.Password)}', DEFAULT_DATABASE = {Quote(database)}, CHECK_EXPIRATION = OFF;
            """;
        var inDatabase = $"""
            IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'{Escape(login)}')
                CREATE USER {Quote(login)} FOR LOGIN {Quote(login)} WITH DEFAULT_SCHEMA = {Quote(CatalogSchema)};
            IF SCHEMA_ID(N'{CatalogSchema}') IS NULL
                EXEC(N'CREATE SCHEMA {Quote(CatalogSchema)} AUTHORIZATION {Quote(login).Replace("'", "''")}');
            IF SCHEMA_ID(N'HangFire') IS NULL
                EXEC(N'CREATE SCHEMA [HangFire] AUTHORIZATION {Quote(login).Replace("'", "''")}');
            GRANT CREATE TABLE, CREATE VIEW, CREATE PROCEDURE, CREATE FUNCTION TO {Quote(login)};
            """;
        return (master, inDatabase);
    }

    public override async Task EnsureCatalogDatabaseAsync(CancellationToken ct)
    {
        var (master, inDatabase) = CatalogScripts();
        var admin = new SqlConnectionStringBuilder(Options.AdminConnection) { InitialCatalog = "master" };
        await using (var connection = new SqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, master, ct);
        }
        admin.InitialCatalog = new SqlConnectionStringBuilder(Options.CatalogConnection).InitialCatalog;
        await using (var connection = new SqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, inDatabase, ct);
        }
    }

    public override string PrincipalScript(TenantDatabase database, string? secret, bool setSecret)
    {
        RequireSafeIdentifier(database.Schema);
        RequireSafeIdentifier(database.Principal);
        ArgumentNullException.ThrowIfNull(secret);
        var db = new SqlConnectionStringBuilder(Options.TenantsConnection).InitialCatalog;
        var user = database.Principal;
        var schema = database.Schema;
        return $"""
            IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'{user}')
                CREATE LOGIN [{user}] WITH PASSWORD = N'{Escape(secret)}', DEFAULT_DATABASE = {Quote(db)}, CHECK_EXPIRATION = OFF;
            {(setSecret ? $"ALTER LOGIN [{user}] WITH PASSWORD = N'{Escape(secret)}';" : "")}
            IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'{user}')
                CREATE USER [{user}] FOR LOGIN [{user}] WITH DEFAULT_SCHEMA = [{schema}];
            IF SCHEMA_ID(N'{schema}') IS NULL
                EXEC(N'CREATE SCHEMA [{schema}] AUTHORIZATION [{user}]');
            ALTER USER [{user}] WITH DEFAULT_SCHEMA = [{schema}];
            GRANT CREATE TABLE, CREATE VIEW, CREATE PROCEDURE, CREATE FUNCTION TO [{user}];
            DENY SELECT, INSERT, UPDATE, DELETE, ALTER, EXECUTE ON SCHEMA::[dbo] TO [{user}];
            IF SCHEMA_ID(N'{CatalogSchema}') IS NOT NULL
                DENY SELECT, INSERT, UPDATE, DELETE, ALTER, EXECUTE ON SCHEMA::[{CatalogSchema}] TO [{user}];
            """;
    }

    public override async Task EnsurePrincipalAsync(TenantDatabase database, string? secret, bool setSecret, CancellationToken ct)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(Options.AdminConnection)
        {
            InitialCatalog = new SqlConnectionStringBuilder(Options.TenantsConnection).InitialCatalog,
        }.ConnectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, PrincipalScript(database, secret, setSecret), ct);
    }

    // Session temp tables: any user may create them in tempdb, they vanish with the session, and no gmina sees another's.
    public override string ScratchTable(string name) => "#import_" + name;

    public override string CreateScratchTableSql(string name, IReadOnlyList<BulkColumn> columns) =>
        $"IF OBJECT_ID('tempdb..{ScratchTable(name)}') IS NOT NULL DROP TABLE {ScratchTable(name)}; CREATE TABLE {ScratchTable(name)} ("
        + string.Join(", ", columns.Select(c => $"{c.Name} {c.Type switch
        {
            BulkType.Text => "nvarchar(500)", // indexable; longer values are refused by the checks
            BulkType.Int => "int",
            BulkType.Long => "bigint",
            BulkType.Decimal => "decimal(18,4)",
            _ => "date",
        }}")) + ")";

    /// <summary>SqlBulkCopy in batches of a bounded DataTable, so memory does not grow with the package.</summary>
    public override async Task BulkLoadAsync(DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<BulkColumn> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        const int batch = 10_000;
        using var copy = new SqlBulkCopy((SqlConnection)connection, SqlBulkCopyOptions.TableLock, (SqlTransaction)transaction)
        {
            DestinationTableName = table, BatchSize = batch, BulkCopyTimeout = 0,
        };
        using var data = new DataTable();
        foreach (var c in columns)
        {
            data.Columns.Add(c.Name, c.Type switch
            {
                BulkType.Text => typeof(string),
                BulkType.Int => typeof(int),
                BulkType.Long => typeof(long),
                BulkType.Decimal => typeof(decimal),
                _ => typeof(DateTime),
            });
            copy.ColumnMappings.Add(c.Name, c.Name);
        }
        foreach (var row in rows)
        {
            data.Rows.Add(row.Select(v => v switch { null => DBNull.Value, DateOnly d => d.ToDateTime(TimeOnly.MinValue), _ => v }).ToArray());
            if (data.Rows.Count < batch) continue;
            await copy.WriteToServerAsync(data, ct);
            data.Clear();
        }
        if (data.Rows.Count > 0) await copy.WriteToServerAsync(data, ct);
    }

    public override string UpdateFromSql(string target, string source, string targetKey, string sourceKey,
        IReadOnlyList<(string Column, string Expression)> set) =>
        $"UPDATE t SET {string.Join(", ", set.Select(x => $"t.[{x.Column}] = {x.Expression}"))} "
        + $"FROM [{target}] t JOIN {source} s ON t.[{targetKey}] = s.{sourceKey}";

    public override async Task<string> CurrentSchemaAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT SCHEMA_NAME()";
        return (await command.ExecuteScalarAsync(ct)) as string ?? "";
    }

    private static async Task ExecuteAsync(SqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "[" + identifier.Replace("]", "]]") + "]";
    private static string Escape(string value) => value.Replace("'", "''");
}
