using Platforma.Web.Cli;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Cli;

/// <summary>Runs the app's commands in-process against one data folder, as an administrator would from a shell.</summary>
public sealed class CliRunner : IAsyncLifetime
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("platforma-cli").FullName;

    public async ValueTask InitializeAsync()
    {
        var (code, output, error) = await RunAsync("setup");
        if (code != 0) throw new InvalidOperationException($"setup failed: {output}{error}");
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    public async Task<(int Code, string Output, string Error)> RunAsync(string command, string? stdin = null, string? tenantsFile = null)
    {
        string[] args =
        [
            .. command.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            "--Database:Provider=Sqlite",
            $"--Platforma:DataFolder={DataFolder}",
            $"--Platforma:TenantsFile={tenantsFile ?? Repository.TenantsFile}",
        ];
        await using var app = PlatformApp.CreateBuilder(args, Repository.WebProject).Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PlatformCli.RunAsync(app, args, new StringReader(stdin ?? ""), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
