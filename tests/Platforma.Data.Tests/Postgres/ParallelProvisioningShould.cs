using Npgsql;
using Platforma.Data.Postgres;

namespace Platforma.Data.Tests.Postgres;

/// <summary>Start-up provisions several gminy at once; the server's shared grants must not make any of them fail.</summary>
public sealed class ParallelProvisioningShould : IAsyncLifetime
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private string DatabaseName => $"platforma_p{_id}";
    private string Prefix => $"p{_id}_";
    private readonly string[] _slugs = Enumerable.Range(1, 12).Select(i => $"gmina{i:00}").ToArray();
    private ProvisioningHarness _harness = default!;
    private string _keys = default!;

    public async ValueTask InitializeAsync()
    {
        _keys = Directory.CreateTempSubdirectory("platforma-keys").FullName;
        var db = TestPostgres.Database(DatabaseName);
        _harness = new ProvisioningHarness(new PostgresProvider(new DatabaseOptions
        {
            Provider = "Postgres", CatalogConnection = db, AdminConnection = db, TenantsConnection = db, PrincipalPrefix = Prefix,
        }), _keys);
        await _harness.InitialiseCatalogAsync(_slugs);
    }

    public async ValueTask DisposeAsync()
    {
        await _harness.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestPostgres.DropAsync(DatabaseName, Prefix);
        Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    public async Task Provision_many_gminy_at_once()
    {
        var results = await Task.WhenAll(_slugs.Select(slug => Task.Run(() => _harness.Provisioner.ProvisionAsync(slug, "test"))));
        Assert.All(results, r => Assert.Equal($"{Prefix}{r.Slug}", r.CurrentSchema));
    }
}
