using System.Data.Common;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Platforma.Data.Catalog;

namespace Platforma.Data.Postgres;

/// <summary>
/// PostgreSQL: each gmina is a schema owned by a role of the same name whose search_path is that schema and which
/// has no rights on <c>public</c> or any other gmina's schema.
/// </summary>
public sealed class PostgresProvider(DatabaseOptions options) : DatabaseProvider(options)
{
    private static readonly string MigrationsAssembly = typeof(PostgresProvider).Assembly.GetName().Name!;

    public override string Name => "Postgres";
    public override bool UsesSecrets => true;

    public override void UseCatalog(DbContextOptionsBuilder builder) =>
        builder.UseNpgsql(Options.CatalogConnection, o => o.MigrationsAssembly(MigrationsAssembly));

    public override void UseTenant(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(MigrationsAssembly));

    public override void UseHangfireStorage(IGlobalConfiguration configuration) =>
        configuration.UsePostgreSqlStorage(
            o => o.UseNpgsqlConnection(Options.CatalogConnection),
            new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });

    public override string TenantConnectionString(TenantDatabase database, string? secret)
    {
        // No Search Path here on purpose: the role's own search_path must put us in the gmina's schema, and the
        // start-up and health checks verify that it does.
        var builder = new NpgsqlConnectionStringBuilder(Options.TenantsConnection)
        {
            Username = database.Principal,
            Password = secret,
            ApplicationName = "platforma:" + database.Schema,
        };
        return builder.ConnectionString;
    }

    public override async Task EnsureCatalogDatabaseAsync(CancellationToken ct)
    {
        var catalog = new NpgsqlConnectionStringBuilder(Options.CatalogConnection);
        var admin = new NpgsqlConnectionStringBuilder(Options.AdminConnection) { Database = "postgres" };
        var database = catalog.Database ?? throw new InvalidOperationException("ConnectionStrings:Catalog names no database.");
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);

        var separateLogin = !string.Equals(catalog.Username, admin.Username, StringComparison.Ordinal);
        if (separateLogin)
        {
            var role = Quote(catalog.Username!);
            await ExecuteAsync(connection, $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {Literal(catalog.Username!)}) THEN
                    CREATE ROLE {role} LOGIN PASSWORD {Literal(catalog.Password ?? "")};
                  END IF;
                END $$;
                """, ct);
        }
        var exists = await ScalarAsync(connection, $"SELECT 1 FROM pg_database WHERE datname = {Literal(database)}", ct);
        if (exists is null)
            await ExecuteAsync(connection, $"CREATE DATABASE {Quote(database)}" + (separateLogin ? $" OWNER {Quote(catalog.Username!)}" : ""), ct);

        // Inside the database: nobody but owners may create in public or connect by default; gminy are granted CONNECT one by one.
        admin.Database = database;
        await using var inDatabase = new NpgsqlConnection(admin.ConnectionString);
        await inDatabase.OpenAsync(ct);
        await ExecuteAsync(inDatabase, $"""
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            REVOKE CONNECT, TEMPORARY ON DATABASE {Quote(database)} FROM PUBLIC;
            {(separateLogin ? $"GRANT CONNECT, CREATE ON DATABASE {Quote(database)} TO {Quote(catalog.Username!)}; GRANT ALL ON SCHEMA public TO {Quote(catalog.Username!)};" : "")}
            """, ct);
    }

    public override string PrincipalScript(TenantDatabase database, string? secret, bool setSecret)
    {
        RequireSafeIdentifier(database.Schema);
        RequireSafeIdentifier(database.Principal);
        var db = new NpgsqlConnectionStringBuilder(Options.TenantsConnection).Database
            ?? throw new InvalidOperationException("ConnectionStrings:Tenants names no database.");
        var role = database.Principal;
        var password = Literal(secret ?? throw new ArgumentNullException(nameof(secret)));
        // One provisioning at a time per server: GRANT/REVOKE on the same database and schema from parallel sessions
        // would fail with "tuple concurrently updated".
        return $"""
            BEGIN;
            SELECT pg_advisory_xact_lock(hashtext('platforma:provisioning'));
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
                CREATE ROLE {role} LOGIN PASSWORD {password} NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
              END IF;
            END $$;
            {(setSecret ? $"ALTER ROLE {role} WITH PASSWORD {password};" : "")}
            CREATE SCHEMA IF NOT EXISTS {database.Schema} AUTHORIZATION {role};
            ALTER ROLE {role} SET search_path = {database.Schema};
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            REVOKE CONNECT, TEMPORARY ON DATABASE {Quote(db)} FROM PUBLIC;
            GRANT CONNECT ON DATABASE {Quote(db)} TO {role};
            COMMIT;
            """;
    }

    public override async Task EnsurePrincipalAsync(TenantDatabase database, string? secret, bool setSecret, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(Options.AdminConnection)
        {
            Database = new NpgsqlConnectionStringBuilder(Options.TenantsConnection).Database,
        };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, PrincipalScript(database, secret, setSecret), ct);
    }

    public override async Task<string> CurrentSchemaAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_schema()";
        return (await command.ExecuteScalarAsync(ct)) as string ?? "";
    }

    // An unlogged table in the gmina's own schema rather than a TEMP table: gmina roles have no TEMPORARY right on the
    // database (provisioning revokes it from PUBLIC), and a table created inside the import's transaction and
    // dropped before its commit is never seen by anyone else.
    public override string ScratchTable(string name) => "import_" + name;

    public override string CreateScratchTableSql(string name, IReadOnlyList<BulkColumn> columns) =>
        $"DROP TABLE IF EXISTS {ScratchTable(name)}; CREATE UNLOGGED TABLE {ScratchTable(name)} ("
        + string.Join(", ", columns.Select(c => $"{c.Name} {c.Type switch
        {
            BulkType.Text => "text",
            BulkType.Int => "integer",
            BulkType.Long => "bigint",
            BulkType.Decimal => "numeric(18,4)",
            _ => "date",
        }}")) + ")";

    // Rows added inside a transaction are not in the statistics (autovacuum cannot see them): without ANALYZE the
    // planner takes a freshly filled table for empty and joins it row by row.
    public override string? AnalyzeSql(string table) => $"ANALYZE {table}";

    public override async Task BulkLoadAsync(DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<BulkColumn> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var types = columns.Select(c => c.Type switch
        {
            BulkType.Text => NpgsqlDbType.Text,
            BulkType.Int => NpgsqlDbType.Integer,
            BulkType.Long => NpgsqlDbType.Bigint,
            BulkType.Decimal => NpgsqlDbType.Numeric,
            _ => NpgsqlDbType.Date,
        }).ToArray();
        var npgsql = (NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < types.Length; i++)
            {
                if (row[i] is null) await writer.WriteNullAsync(ct);
                else await writer.WriteAsync(row[i], types[i], ct);
            }
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
    private static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
