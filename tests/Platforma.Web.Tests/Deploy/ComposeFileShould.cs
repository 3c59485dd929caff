using System.Diagnostics;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Deploy;

/// <summary>
/// docker-compose.yml cannot be run here (no Docker engine), so Debian's docker-compose (installed by
/// scripts/prerequisites.sh) checks it the way <c>docker compose up</c> would read it, with the committed example env file.
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

    [Fact]
    public async Task Refuse_to_start_without_the_secrets()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var (code, output) = await ComposeAsync(empty, "config", "-q");
            Assert.NotEqual(0, code);
            Assert.Contains("set MSSQL_SA_PASSWORD in .env", output);
        }
        finally
        {
            File.Delete(empty);
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
        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
