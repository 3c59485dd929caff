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
