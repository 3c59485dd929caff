using Npgsql;

namespace Platforma.Web.Tests.Infrastructure;

/// <summary>The PostgreSQL server the test command starts (scripts/postgres.sh).</summary>
public static class TestPostgres
{
    public const string Variable = "PLATFORMA_TEST_POSTGRES";

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set. The PostgreSQL tests need a server: run scripts/test.sh, which starts one (see README).");

    public static string Database(string name) => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    /// <summary>Drops a test database and the principals created for it (roles are cluster-wide).</summary>
    public static async Task DropAsync(string database, string principalPrefix)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Database("postgres"));
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection))
            await drop.ExecuteNonQueryAsync();
        var roles = new List<string>();
        await using (var list = new NpgsqlCommand($"SELECT rolname FROM pg_roles WHERE rolname LIKE '{principalPrefix}%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) roles.Add(reader.GetString(0));
        foreach (var role in roles)
        {
            await using var dropRole = new NpgsqlCommand($"DROP ROLE IF EXISTS \"{role}\"", connection);
            await dropRole.ExecuteNonQueryAsync();
        }
    }
}
