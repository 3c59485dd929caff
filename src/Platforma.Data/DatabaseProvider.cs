using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;

namespace Platforma.Data;

/// <summary>
/// Everything that differs between SQLite, PostgreSQL and SQL Server: how contexts connect, how a gmina's schema
/// and principal are created, how the current schema is read back, where Hangfire keeps its state.
/// </summary>
public abstract class DatabaseProvider(DatabaseOptions options)
{
    public DatabaseOptions Options { get; } = options;

    public abstract string Name { get; }

    /// <summary>False for SQLite: a gmina's "principal" is its own file, there is no password.</summary>
    public abstract bool UsesSecrets { get; }

    public abstract void UseCatalog(DbContextOptionsBuilder builder);

    public abstract void UseTenant(DbContextOptionsBuilder builder, string connectionString);

    public abstract void UseHangfireStorage(IGlobalConfiguration configuration);

    /// <summary>The connection a gmina's traffic uses: its own principal, never an administrative login.</summary>
    public abstract string TenantConnectionString(TenantDatabase database, string? secret);

    /// <summary>Creates the catalog database and the app's catalog login where they are missing. Idempotent.</summary>
    public abstract Task EnsureCatalogDatabaseAsync(CancellationToken ct);

    /// <summary>
    /// Creates the gmina's schema and principal where missing (idempotent) with the admin login. When
    /// <paramref name="setSecret"/> is true the principal's password is (re)set to <paramref name="secret"/>.
    /// </summary>
    public abstract Task EnsurePrincipalAsync(TenantDatabase database, string? secret, bool setSecret, CancellationToken ct);

    /// <summary>The script <see cref="EnsurePrincipalAsync"/> runs, for review and for parsing in tests.</summary>
    public abstract string PrincipalScript(TenantDatabase database, string? secret, bool setSecret);

    /// <summary>Where the open connection actually writes: schema (server databases) or file name (SQLite).</summary>
    public abstract Task<string> CurrentSchemaAsync(DbConnection connection, CancellationToken ct);

    // --- Bulk loading for imports. Scratch tables live only inside one import's transaction (the import drops them
    // before it commits, and a rollback takes them away with everything else).

    /// <summary>How SQL names a scratch table called <paramref name="name"/> (e.g. a <c>#</c> temp table on SQL Server).</summary>
    public abstract string ScratchTable(string name);

    /// <summary>DDL creating the scratch table, run inside the import's transaction by the gmina's own principal.</summary>
    public abstract string CreateScratchTableSql(string name, IReadOnlyList<BulkColumn> columns);

    /// <summary>An index on scratch-table columns (comma-separated), so the import's checks and joins are not quadratic.</summary>
    public virtual string CreateScratchIndexSql(string name, string columns) =>
        $"CREATE INDEX ix_import_{name}_{columns.Replace(", ", "_")} ON {ScratchTable(name)} ({columns})";

    /// <summary>
    /// Statistics for the planner after a table was filled inside the import's transaction (a scratch table by its
    /// SQL name, or a ledger table quoted), where the server does not gather them itself; null where it does.
    /// </summary>
    public virtual string? AnalyzeSql(string table) => null;

    /// <summary>
    /// Streams <paramref name="rows"/> into the scratch table by the provider's fastest path (PostgreSQL binary COPY,
    /// SqlBulkCopy, prepared inserts on SQLite), on the given connection and transaction. Values: string, int, long,
    /// decimal, DateOnly or null, in the order of <paramref name="columns"/>. Rows are read once, never buffered whole.
    /// </summary>
    public abstract Task BulkLoadAsync(DbConnection connection, DbTransaction transaction, string table,
        IReadOnlyList<BulkColumn> columns, IEnumerable<object?[]> rows, CancellationToken ct);

    /// <summary>
    /// <c>UPDATE target SET … FROM source</c> matching <paramref name="targetKey"/> to <paramref name="sourceKey"/>; the
    /// set list pairs a quoted target column with an expression over the source alias <c>s</c>. PostgreSQL and SQLite
    /// share this syntax; SQL Server overrides it.
    /// </summary>
    public virtual string UpdateFromSql(string target, string source, string targetKey, string sourceKey,
        IReadOnlyList<(string Column, string Expression)> set) =>
        $"UPDATE \"{target}\" SET {string.Join(", ", set.Select(x => $"\"{x.Column}\" = {x.Expression}"))} "
        + $"FROM {source} s WHERE \"{target}\".\"{targetKey}\" = s.{sourceKey}";

    /// <summary>Schema and principal names of a gmina. Slugs are validated (<c>[a-z0-9-]</c>), so names are safe identifiers.</summary>
    public virtual TenantDatabase NamesFor(string slug)
    {
        var name = Options.PrincipalPrefix + slug.Replace('-', '_');
        if (name.Length > 63) // PostgreSQL identifiers stop at 63 bytes; keep all providers alike
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..8];
            name = name[..54] + "_" + hash;
        }
        return new TenantDatabase { Schema = name, Principal = name };
    }

    /// <summary>A fresh random password for a gmina's principal (letters and digits only: safe inside DDL).</summary>
    public static string NewSecret()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        // Mixed classes keep SQL Server's password policy satisfied.
        return "Pl1a" + RandomNumberGenerator.GetString(alphabet, 36);
    }

    protected static void RequireSafeIdentifier(string identifier)
    {
        if (identifier.Length is 0 or > 128 || !identifier.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            throw new ArgumentException($"'{identifier}' is not a safe identifier for a schema or principal.");
    }
}
