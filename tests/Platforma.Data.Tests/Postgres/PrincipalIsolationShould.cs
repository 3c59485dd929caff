using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Data.Postgres;

namespace Platforma.Data.Tests.Postgres;

/// <summary>
/// On a real PostgreSQL server: each gmina's principal reaches its own schema and nothing else, and provisioning is
/// idempotent.
/// </summary>
public sealed class PrincipalIsolationShould : IAsyncLifetime
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private string DatabaseName => $"platforma_t{_id}";
    private string Prefix => $"t{_id}_";
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
        await _harness.InitialiseCatalogAsync("mosina", "srem");
        await _harness.Provisioner.ProvisionAsync("mosina", "test");
        await _harness.Provisioner.ProvisionAsync("srem", "test");
    }

    public async ValueTask DisposeAsync()
    {
        await _harness.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await TestPostgres.DropAsync(DatabaseName, Prefix);
        Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    public async Task Refuse_a_gmina_reading_another_gminas_schema()
    {
        await using var mosina = await _harness.GminaAsync("mosina");
        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            mosina.Database.SqlQueryRaw<int>($"SELECT count(*)::int AS \"Value\" FROM {Prefix}srem.\"AspNetUsers\"").ToListAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Contains("permission denied", error.MessageText);
    }

    [Fact]
    public async Task Refuse_a_gmina_writing_to_public()
    {
        await using var mosina = await _harness.GminaAsync("mosina");
        var create = await Assert.ThrowsAsync<PostgresException>(() =>
            mosina.Database.ExecuteSqlRawAsync("CREATE TABLE public.leak (x int)"));
        Assert.Contains("permission denied", create.MessageText);
        var insert = await Assert.ThrowsAsync<PostgresException>(() =>
            mosina.Database.ExecuteSqlRawAsync("INSERT INTO public.\"Operators\" (\"Email\", \"PasswordHash\", \"CreatedAt\", \"FailedSignIns\") VALUES ('x@x.pl', 'x', now(), 0)"));
        Assert.Contains("permission denied", insert.MessageText);
    }

    [Fact]
    public async Task Land_each_gminas_principal_in_its_own_schema()
    {
        await using var mosina = await _harness.GminaAsync("mosina");
        Assert.Equal($"{Prefix}mosina", await _harness.Provisioner.CurrentSchemaAsync(mosina, default));
        await using var srem = await _harness.GminaAsync("srem");
        Assert.Equal($"{Prefix}srem", await _harness.Provisioner.CurrentSchemaAsync(srem, default));
    }

    [Fact]
    public async Task Write_each_gminas_data_to_its_own_schema_only()
    {
        await using (var mosina = await _harness.GminaAsync("mosina"))
        {
            mosina.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "test", Action = "marker-mosina" });
            await mosina.SaveChangesAsync();
        }
        await using (var srem = await _harness.GminaAsync("srem"))
        {
            srem.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "test", Action = "marker-srem" });
            await srem.SaveChangesAsync();
        }

        await using var admin = new NpgsqlConnection(TestPostgres.Database(DatabaseName));
        await admin.OpenAsync();
        Assert.Equal(["marker-mosina"], await ActionsAsync(admin, $"{Prefix}mosina"));
        Assert.Equal(["marker-srem"], await ActionsAsync(admin, $"{Prefix}srem"));
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('AuditEntries', 'AspNetUsers')", admin);
        Assert.Equal(0L, await tables.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Change_nothing_when_provisioned_twice()
    {
        var before = await SnapshotAsync("mosina");
        var result = await _harness.Provisioner.ProvisionAsync("mosina", "test");
        var after = await SnapshotAsync("mosina");

        Assert.False(result.Changed);
        Assert.Empty(result.AppliedMigrations);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Set_a_new_secret_when_the_stored_one_cannot_be_read()
    {
        await using (var db = await _harness.CatalogAsync())
        {
            var tenant = await db.Tenants.SingleAsync(t => t.Slug == "srem");
            tenant.Database.ProtectedSecret = "not-a-protected-payload";
            await db.SaveChangesAsync();
        }
        var result = await _harness.Provisioner.ProvisionAsync("srem", "test");
        Assert.True(result.Changed);
        await using var srem = await _harness.GminaAsync("srem");
        Assert.True(await srem.Database.CanConnectAsync());
    }

    [Fact]
    public async Task Never_store_a_principals_password_in_clear()
    {
        var tenant = await _harness.TenantAsync("mosina");
        var secret = _harness.Connections.ConnectionStringFor(tenant.Database);
        var password = new NpgsqlConnectionStringBuilder(secret).Password!;
        Assert.False(string.IsNullOrEmpty(tenant.Database.ProtectedSecret));
        Assert.DoesNotContain(password, tenant.Database.ProtectedSecret);
        Assert.DoesNotContain(password, JsonSerializer.Serialize(tenant));
    }

    private static async Task<List<string>> ActionsAsync(NpgsqlConnection admin, string schema)
    {
        await using var command = new NpgsqlCommand($"SELECT \"Action\" FROM {schema}.\"AuditEntries\" ORDER BY \"Id\"", admin);
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) actions.Add(reader.GetString(0));
        return actions;
    }

    /// <summary>Everything provisioning could touch: the catalog row, the role (password hash included), the schema's objects and grants.</summary>
    private async Task<string> SnapshotAsync(string slug)
    {
        var tenant = await _harness.TenantAsync(slug);
        var principal = tenant.Database.Principal;
        await using var admin = new NpgsqlConnection(TestPostgres.Database(DatabaseName));
        await admin.OpenAsync();
        var parts = new List<string> { JsonSerializer.Serialize(tenant) };
        foreach (var sql in new[]
        {
            $"SELECT a.rolname || a.rolpassword || a.rolcanlogin || a.rolsuper || coalesce((SELECT string_agg(array_to_string(s.setconfig, ','), ';') FROM pg_db_role_setting s WHERE s.setrole = a.oid), '') FROM pg_authid a WHERE a.rolname = '{principal}'",
            $"SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{tenant.Database.Schema}'",
            $"SELECT string_agg(\"MigrationId\", ',') FROM {tenant.Database.Schema}.\"__EFMigrationsHistory\"",
            $"SELECT coalesce(array_to_string(datacl, ','), '') FROM pg_database WHERE datname = current_database()",
            "SELECT coalesce(array_to_string(nspacl, ','), '') FROM pg_namespace WHERE nspname = 'public'",
        })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            parts.Add((await command.ExecuteScalarAsync())?.ToString() ?? "");
        }
        return string.Join("\n", parts);
    }
}
