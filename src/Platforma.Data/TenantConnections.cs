using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;

namespace Platforma.Data;

/// <summary>
/// The one place that turns a gmina's catalog entry into a connection of its own principal. Secrets are kept
/// protected in the catalog and unprotected here, once per secret.
/// </summary>
public sealed class TenantConnections(DatabaseProvider provider, IDataProtectionProvider dataProtection)
{
    private const string Purpose = "Platforma.TenantPrincipalSecret.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<(string Schema, string? Protected), string> _connectionStrings = new();

    public DatabaseProvider Provider => provider;

    public string ConnectionStringFor(TenantDatabase database) =>
        _connectionStrings.GetOrAdd((database.Schema, database.ProtectedSecret), key =>
        {
            if (string.IsNullOrEmpty(database.Schema)) throw new InvalidOperationException("The gmina has not been provisioned.");
            var secret = provider.UsesSecrets ? Unprotect(key.Protected)
                ?? throw new InvalidOperationException($"The secret of principal '{database.Principal}' cannot be read; provision the gmina again.") : null;
            return provider.TenantConnectionString(database, secret);
        });

    public DbContextOptions<TenantDbContext> OptionsFor(TenantDatabase database)
    {
        var builder = new DbContextOptionsBuilder<TenantDbContext>();
        Configure(builder, database);
        return builder.Options;
    }

    public void Configure(DbContextOptionsBuilder builder, TenantDatabase database) =>
        provider.UseTenant(builder, ConnectionStringFor(database));

    internal string Protect(string secret) => _protector.Protect(secret);

    internal string? Unprotect(string? protectedSecret)
    {
        if (string.IsNullOrEmpty(protectedSecret)) return null;
        try { return _protector.Unprotect(protectedSecret); }
        catch (CryptographicException) { return null; } // key ring lost or replaced: provisioning sets a new secret
    }
}
