using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Platforma.Data;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Data.Postgres;
using Platforma.Data.Provisioning;
using Platforma.Data.Sqlite;
using Platforma.Data.SqlServer;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Infrastructure;

public static class DataServices
{
    /// <summary>
    /// The catalog, the provider chosen by <c>Database:Provider</c>, and the gmina's DbContext bound — when the scope is
    /// created — to the current gmina's own principal.
    /// </summary>
    public static IServiceCollection AddPlatformData(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = ReadOptions(config, env);
        var provider = CreateProvider(options);
        services.AddSingleton(options);
        services.AddSingleton(provider);
        services.AddDbContextFactory<CatalogDbContext>(provider.UseCatalog);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());
        // Keys in the catalog: every instance behind the proxy reads the same cookies and principal secrets. With a
        // certificate configured the keys are encrypted at rest, so a copy of the catalog alone opens no secret.
        var dataProtection = services.AddDataProtection().SetApplicationName("Platforma").PersistKeysToDbContext<CatalogDbContext>();
        if (config["DataProtection:Certificate:Path"] is { Length: > 0 } certificate)
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                Path.GetFullPath(Path.Combine(env.ContentRootPath, certificate)), config["DataProtection:Certificate:Password"]));
        services.AddSingleton<TenantConnections>();
        services.AddSingleton<TenantProvisioner>();
        services.AddDbContext<TenantDbContext>((sp, builder) =>
            sp.GetRequiredService<TenantConnections>().Configure(builder, sp.GetRequiredService<CurrentTenant>().Required.Database));
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration config, IHostEnvironment env)
    {
        var dataFolder = config["Platforma:DataFolder"] ?? "data";
        var catalog = config.GetConnectionString("Catalog") ?? "";
        return new DatabaseOptions
        {
            Provider = config["Database:Provider"] ?? "Sqlite",
            CatalogConnection = catalog,
            AdminConnection = NullIfEmpty(config.GetConnectionString("Admin")) ?? catalog,
            TenantsConnection = NullIfEmpty(config.GetConnectionString("Tenants")) ?? catalog,
            DataFolder = Path.GetFullPath(Path.Combine(env.ContentRootPath, dataFolder)),
            PrincipalPrefix = config["Database:PrincipalPrefix"] ?? "gmina_",
        };
    }

    public static DatabaseProvider CreateProvider(DatabaseOptions options)
    {
        DatabaseProvider provider = options.Provider.ToLowerInvariant() switch
        {
            "sqlite" => new SqliteProvider(options),
            "postgres" or "postgresql" => new PostgresProvider(options),
            "sqlserver" => new SqlServerProvider(options),
            _ => throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not one of Sqlite, Postgres, SqlServer."),
        };
        if (provider is not SqliteProvider && string.IsNullOrWhiteSpace(options.CatalogConnection))
            throw new InvalidOperationException($"Database:Provider {provider.Name} needs ConnectionStrings:Catalog (and Admin for provisioning).");
        return provider;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
