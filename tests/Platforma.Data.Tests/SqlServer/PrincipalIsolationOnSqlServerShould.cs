using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Gmina;
using Platforma.Data.SqlServer;
using Testcontainers.MsSql;

namespace Platforma.Data.Tests.SqlServer;

/// <summary>A real SQL Server 2022 in a container, where a Docker engine answers.</summary>
public sealed class SqlServerContainer : IAsyncLifetime
{
    private MsSqlContainer? _container;

    /// <summary>Why the suite cannot run here, or null when SQL Server is up.</summary>
    public string? Unavailable { get; private set; }
    public string Admin => new SqlConnectionStringBuilder(_container!.GetConnectionString()) { InitialCatalog = "Platforma" }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        try
        {
            _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await _container.StartAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Unavailable = $"No Docker engine answers here, so the SQL Server suite cannot run ({e.GetType().Name}: {e.Message.Split('\n')[0]}).";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
    }
}

/// <summary>The isolation rules of the PostgreSQL suite, on SQL Server: a user per gmina with DEFAULT_SCHEMA.</summary>
public sealed class PrincipalIsolationOnSqlServerShould(SqlServerContainer server) : IClassFixture<SqlServerContainer>, IAsyncLifetime
{
    private ProvisioningHarness? _harness;
    private string? _keys;

    public async ValueTask InitializeAsync()
    {
        if (server.Unavailable is not null) return;
        _keys = Directory.CreateTempSubdirectory("platforma-keys").FullName;
        _harness = new ProvisioningHarness(new SqlServerProvider(new DatabaseOptions
        {
            Provider = "SqlServer", AdminConnection = server.Admin, CatalogConnection = server.Admin,
            TenantsConnection = new SqlConnectionStringBuilder(server.Admin) { UserID = "", Password = "" }.ConnectionString,
            PrincipalPrefix = "g" + Guid.NewGuid().ToString("N")[..6] + "_",
        }), _keys);
        await _harness.InitialiseCatalogAsync("mosina", "srem");
        await _harness.Provisioner.ProvisionAsync("mosina", "test");
        await _harness.Provisioner.ProvisionAsync("srem", "test");
    }

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null) await _harness.DisposeAsync();
        if (_keys is not null) Directory.Delete(_keys, recursive: true);
    }

    private ProvisioningHarness Harness
    {
        get
        {
            Assert.SkipWhen(server.Unavailable is not null, server.Unavailable ?? "");
            return _harness!;
        }
    }

    [Fact]
    public async Task Refuse_a_gmina_reading_another_gminas_schema()
    {
        var harness = Harness;
        var srem = (await harness.TenantAsync("srem")).Database.Schema;
        await using var mosina = await harness.GminaAsync("mosina");
        var error = await Assert.ThrowsAsync<SqlException>(() =>
            mosina.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS [Value] FROM [{srem}].[AspNetUsers]").ToListAsync());
        Assert.Contains("permission was denied", error.Message);
    }

    [Fact]
    public async Task Refuse_a_gmina_writing_to_dbo()
    {
        await using var mosina = await Harness.GminaAsync("mosina");
        var error = await Assert.ThrowsAsync<SqlException>(() => mosina.Database.ExecuteSqlRawAsync("CREATE TABLE [dbo].[leak] (x int)"));
        Assert.Contains("permission", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Land_each_gminas_principal_in_its_own_schema()
    {
        var harness = Harness;
        await using var mosina = await harness.GminaAsync("mosina");
        Assert.Equal((await harness.TenantAsync("mosina")).Database.Schema, await harness.Provisioner.CurrentSchemaAsync(mosina, default));
    }

    [Fact]
    public async Task Change_nothing_when_provisioned_twice()
    {
        var result = await Harness.Provisioner.ProvisionAsync("mosina", "test");
        Assert.False(result.Changed);
        Assert.Empty(result.AppliedMigrations);
    }

    [Fact]
    public async Task Write_each_gminas_data_to_its_own_schema_only()
    {
        var harness = Harness;
        await using (var mosina = await harness.GminaAsync("mosina"))
        {
            mosina.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "test", Action = "marker-mosina" });
            await mosina.SaveChangesAsync();
        }
        await using var srem = await harness.GminaAsync("srem");
        Assert.Empty(await srem.AuditEntries.Where(a => a.Action == "marker-mosina").ToListAsync());
    }
}
