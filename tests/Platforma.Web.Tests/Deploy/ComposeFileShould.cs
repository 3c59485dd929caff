using System.Diagnostics;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Deploy;

/// <summary>
/// docker-compose.yml cannot be run here (no Docker engine), so Debian's docker-compose (installed by
/// scripts/prerequisites.sh) reads it as <c>up</c> would, with the committed example env file. On Debian 12 that is
/// Compose 1.29 (Python); the file keeps to the Compose specification both versions read, but this does not prove
/// what Compose v2 (<c>docker compose</c>) accepts.
/// </summary>
public sealed class ComposeFileShould
{
    [Fact]
    public async Task Be_valid_with_the_example_env_file()
    {
        var (code, output) = await ComposeAsync(Path.Combine(Repository.Root, ".env.example"), "config");

        Assert.True(code == 0, output);
        var services = (await ComposeAsync(Path.Combine(Repository.Root, ".env.example"), "config", "--services")).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order();
        Assert.Equal(["app", "proxy", "sqlserver"], services);
        Assert.Equal(3, output.Split('\n').Count(l => l.Trim() == "healthcheck:"));
        Assert.Contains("Database__Provider: SqlServer", output);
    }

    [Theory]
    [InlineData("MSSQL_SA_PASSWORD")]
    [InlineData("PLATFORMA_APP_DB_PASSWORD")]
    [InlineData("PLATFORMA_DOMAIN")]
    public async Task Refuse_to_start_without_each_secret(string secret)
    {
        var envFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(envFile, (await File.ReadAllLinesAsync(Path.Combine(Repository.Root, ".env.example")))
                .Where(line => !line.StartsWith(secret + "=", StringComparison.Ordinal)));
            var (code, output) = await ComposeAsync(envFile, "config", "-q");
            Assert.NotEqual(0, code);
            Assert.Contains($"set {secret} in .env", output);
        }
        finally
        {
            File.Delete(envFile);
        }
    }

    private static async Task<(int Code, string Output)> ComposeAsync(string envFile, params string[] args)
    {
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in (string[])["--env-file", envFile, "-f", "docker-compose.yml", .. args]) start.ArgumentList.Add(arg);
        // Only what the env file says: a variable of the test's own environment must not stand in for a missing secret.
        foreach (var name in new[] { "MSSQL_SA_PASSWORD", "PLATFORMA_APP_DB_PASSWORD", "PLATFORMA_DOMAIN" }) start.Environment.Remove(name);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("docker-compose is not installed: run scripts/prerequisites.sh (Debian's docker-compose package)", e);
        }
        using var _ = process;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
