using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Data.Provisioning;

namespace Platforma.Data.Tests;

/// <summary>The data layer as the app wires it — provider, catalog, Data Protection, provisioner — without the web host.</summary>
public sealed class ProvisioningHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ProvisioningHarness(DatabaseProvider provider, string keysFolder)
    {
        Provider = provider;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider.Options);
        services.AddSingleton(provider);
        services.AddDbContextFactory<CatalogDbContext>(provider.UseCatalog);
        services.AddDataProtection().SetApplicationName("Platforma.Tests").PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        services.AddSingleton<TenantConnections>();
        services.AddSingleton<TenantProvisioner>();
        _services = services.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }
    public TenantProvisioner Provisioner => _services.GetRequiredService<TenantProvisioner>();
    public TenantConnections Connections => _services.GetRequiredService<TenantConnections>();

    public async Task InitialiseCatalogAsync(params string[] slugs)
    {
        await Provider.EnsureCatalogDatabaseAsync(default);
        await using var db = await CatalogAsync();
        await db.Database.MigrateAsync();
        foreach (var slug in slugs)
            db.Tenants.Add(new Tenant { Slug = slug, Name = "Gmina " + slug, ShortName = slug, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    public Task<CatalogDbContext> CatalogAsync() => _services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();

    public async Task<Tenant> TenantAsync(string slug)
    {
        await using var db = await CatalogAsync();
        return await db.Tenants.AsNoTracking().SingleAsync(t => t.Slug == slug);
    }

    /// <summary>The gmina's DbContext, connected as its own principal.</summary>
    public async Task<TenantDbContext> GminaAsync(string slug) => new(Connections.OptionsFor((await TenantAsync(slug)).Database));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
