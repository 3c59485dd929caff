using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, with the 22 gminy of tenants.json provisioned on a fresh database.
/// Requests go over real sockets to <c>{slug}.localhost:{port}</c>. The app's clock is <see cref="Clock"/>, a fake that
/// stands still at <see cref="Today"/> 10:00 in Warsaw until a test moves it (it never goes back).
/// </summary>
public abstract class PlatformHost : IAsyncLifetime
{
    /// <summary>The date every test starts on; statements and due dates are computed for it.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Every event the app logged, whatever the console's minimum level shows.</summary>
    public CapturedLog Log { get; } = new();

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("platforma-test").FullName;
    public int Port { get; private set; }
    public IServiceProvider Services => _app!.Services;
    public abstract string Provider { get; }

    /// <summary>Settings of this provider, as command-line configuration.</summary>
    protected abstract IEnumerable<string> ProviderSettings();

    /// <summary>Further settings a fixture adds (e.g. a different tenants.json).</summary>
    protected virtual IEnumerable<string> ExtraSettings() => [];

    /// <summary>Replaces services of the app before it is built (the clock is already replaced here).</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public virtual async ValueTask InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Platforma:DataFolder={DataFolder}",
            $"--Platforma:TenantsFile={Repository.TenantsFile}",
            "--Platforma:RunJobs=false",
            "--Serilog:MinimumLevel:Default=Warning",
            "--Serilog:MinimumLevel:Override:Platforma=Information", // the app's own events reach Log
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Information", // and the request log
            .. ProviderSettings(),
            .. ExtraSettings(),
        ];
        var builder = PlatformApp.CreateBuilder(args, Repository.WebProject);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<Serilog.Core.ILogEventSink>(Log);
        ConfigureServices(builder.Services);
        _app = builder.Build();
        await PlatformApp.ConfigureAsync(_app);
        await _app.StartAsync();
        Port = new Uri(_app.Urls.First()).Port;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    public Uri Url(string? slug, string path = "/") =>
        new($"http://{(slug is null ? "" : slug + ".")}localhost:{Port}{path}");

    /// <summary>
    /// A browser-like client for one host: keeps its own cookies, does not follow redirects, and always connects to
    /// this app's port on 127.0.0.1 whatever host name the URL carries.
    /// </summary>
    public HttpClient Client(string? slug, CookieContainer? cookies = null, bool useCookies = true)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = useCookies,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = Url(slug) };
    }

    public async Task<T> InGminaAsync<T>(string slug, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = await Services.GetRequiredService<TenantScopes>().BeginAsync(slug, allowSuspended: true);
        return await work(scope.Services);
    }
}

public sealed class SqliteHost : PlatformHost
{
    public override string Provider => "Sqlite";
    protected override IEnumerable<string> ProviderSettings() => ["--Database:Provider=Sqlite"];
}

public sealed class PostgresHost : PlatformHost
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    public string DatabaseName => $"platforma_w{_id}";
    public string Prefix => $"w{_id}_";
    public override string Provider => "Postgres";

    protected override IEnumerable<string> ProviderSettings() =>
    [
        "--Database:Provider=Postgres",
        $"--ConnectionStrings:Catalog={TestPostgres.Database(DatabaseName)}",
        $"--Database:PrincipalPrefix={Prefix}",
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.DropAsync(DatabaseName, Prefix);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteHost>
{
    public const string Name = "app on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresHost>
{
    public const string Name = "app on PostgreSQL";
}
