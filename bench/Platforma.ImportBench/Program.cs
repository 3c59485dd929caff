// The import benchmark (bench/import-postgres.sh): one process per measurement, so each peak memory is its own.
//   generate --taxpayers N --out DIR        a demo package of N taxpayers (DIR/mosina.zip)
//   import   --package ZIP                  the real path: received, then ImportJob.RunAsync as a Hangfire worker runs it
//   copy     --package ZIP                  the same rows by raw binary COPY straight into the gmina's tables: the speed limit
// PostgreSQL comes from PLATFORMA_BENCH_POSTGRES (a server connection string without a database).
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Platforma.Data;
using Platforma.Data.Gmina;
using Platforma.Web;
using Platforma.Web.Imports;
using Platforma.Web.Imports.Demo;
using Platforma.Web.Infrastructure;
using Platforma.Web.Tenancy;

const string Slug = "mosina";
string Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} is required");

switch (args.FirstOrDefault())
{
    case "generate":
    {
        var n = int.Parse(Option("--taxpayers"), CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        var (path, _, rows) = new DemoPackageWriter(new DateOnly(2026, 11, 27)).Write(Option("--out"), Slug, "Mosina", "quarterly:15.03,15.05,15.09,15.11", n, 2026);
        Console.WriteLine($"generated {n:N0} taxpayers, {rows:N0} rows, {new FileInfo(path).Length / 1024 / 1024} MB zip in {watch.Elapsed.TotalSeconds:0.0} s: {path}");
        return 0;
    }
    case "import" or "copy":
    {
        var package = Path.GetFullPath(Option("--package"));
        var server = Environment.GetEnvironmentVariable("PLATFORMA_BENCH_POSTGRES") ?? throw new InvalidOperationException("PLATFORMA_BENCH_POSTGRES is not set");
        var id = Guid.NewGuid().ToString("N")[..8];
        var database = $"platforma_bench_{id}";
        var root = FindRoot();
        var tenants = Path.Combine(root, $"tenants.test-bench-{id}.json");
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "tenants.json")))!.AsObject();
        file["gminy"] = new JsonArray(file["gminy"]!.AsArray().Where(g => (string)g!["slug"]! == Slug).Select(g => g!.DeepClone()).ToArray());
        File.WriteAllText(tenants, file.ToJsonString());
        var data = Directory.CreateTempSubdirectory("platforma-bench").FullName;
        var app = PlatformApp.CreateBuilder(
        [
            "--Database:Provider=Postgres", $"--ConnectionStrings:Catalog={new NpgsqlConnectionStringBuilder(server) { Database = database }}",
            $"--Database:PrincipalPrefix=b{id}_", $"--Platforma:TenantsFile={tenants}", $"--Platforma:DataFolder={data}",
            "--Platforma:RunJobs=false", "--Serilog:MinimumLevel:Default=Warning",
        ], Path.Combine(root, "src", "Platforma.Web")).Build();
        try
        {
            await using (var scope = app.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<PlatformSetup>().RunAsync(CancellationToken.None);
            var rows = CountRows(package);
            var watch = Stopwatch.StartNew();
            if (args[0] == "import") await ImportAsync(app.Services, package);
            else await CopyAsync(app.Services, package);
            watch.Stop();
            Console.WriteLine($"{args[0]}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s = {rows / watch.Elapsed.TotalSeconds:N0} rows/s; "
                + $"peak memory (VmHWM) {PeakMegabytes()} MB");
            Console.WriteLine($"RESULT {args[0]} rows={rows} seconds={watch.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} peak_mb={PeakMegabytes()}");
            return 0;
        }
        finally
        {
            await app.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin)) await drop.ExecuteNonQueryAsync();
            await using (var role = new NpgsqlCommand($"DROP ROLE IF EXISTS b{id}_{Slug}", admin)) await role.ExecuteNonQueryAsync();
            File.Delete(tenants);
            Directory.Delete(data, recursive: true);
        }
    }
    default:
        Console.Error.WriteLine("usage: generate --taxpayers N --out DIR | import --package ZIP | copy --package ZIP");
        return 2;
}

static async Task ImportAsync(IServiceProvider services, string package)
{
    var scopes = services.GetRequiredService<TenantScopes>();
    long id;
    await using (var scope = await scopes.BeginAsync(Slug))
        id = (await scope.Services.GetRequiredService<PackageImporter>().ReceiveAsync(ImportSource.Api, "bench", package, "bench.zip",
            ImportStore.HashOf(package), forced: false, CancellationToken.None)).Id;
    var status = await services.GetRequiredService<ImportJob>().RunAsync(Slug, id, CancellationToken.None);
    if (status != ImportStatus.Applied) throw new InvalidOperationException($"import ended {status}");
}

// The speed limit: the package's rows parsed minimally and COPYed straight into the gmina's real tables (with their
// indexes) in one transaction, as the gmina's own role. Ids are assigned here; references resolved from memory.
static async Task CopyAsync(IServiceProvider services, string package)
{
    var tenant = (await services.GetRequiredService<TenantCatalog>().FindAsync(Slug))!;
    var connectionString = new NpgsqlConnectionStringBuilder(services.GetRequiredService<TenantConnections>().ConnectionStringFor(tenant.Database))
    {
        CommandTimeout = 0, // COPY of millions of rows waits on the server longer than the default 30 s
    };
    await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
    await connection.OpenAsync();
    await using var tx = await connection.BeginTransactionAsync();
    using var zip = ZipFile.OpenRead(package);
    var now = DateTimeOffset.UtcNow;
    var taxpayers = new Dictionary<string, long>();
    var liabilities = new Dictionary<string, long>();
    var inv = CultureInfo.InvariantCulture;
    static decimal M(string s) => decimal.Parse(s.Replace(',', '.'), CultureInfo.InvariantCulture);
    static string? N(string s) => s.Length == 0 ? null : s;

    await using (var w = await connection.BeginBinaryImportAsync("COPY \"Taxpayers\" (\"Id\", \"ExternalId\", \"Kind\", \"Name\", \"Pesel\", \"Nip\", \"Regon\", \"Address\", \"ActivationCodeHash\", \"Email\", \"FirstImportedAt\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var f in Lines(zip, ImportFormat.Taxpayers))
        {
            var id = taxpayers[f[0]] = taxpayers.Count + 1;
            await w.WriteRowAsync(default, id, f[0], f[1] == "F" ? 0 : 1, f[2], N(f[3]), N(f[4]), N(f[5]), N(f[6]), ActivationCodes.Hash(f[7]), N(f[8]), now, now);
        }
        await w.CompleteAsync();
    }
    await using (var w = await connection.BeginBinaryImportAsync("COPY \"TaxObjects\" (\"ExternalId\", \"TaxpayerId\", \"Year\", \"Kind\", \"Description\", \"Location\", \"PlotNumber\", \"Basis\", \"Unit\", \"Rate\", \"Amount\") FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var f in Lines(zip, ImportFormat.Objects))
            await w.WriteRowAsync(default, f[0], taxpayers[f[1]], int.Parse(f[2], inv), BenchNames.ObjectKinds[f[3]], N(f[4]), N(f[5]), N(f[6]), M(f[7]), f[8], M(f[9]), M(f[10]));
        await w.CompleteAsync();
    }
    await using (var w = await connection.BeginBinaryImportAsync("COPY \"Liabilities\" (\"Id\", \"ExternalId\", \"TaxpayerId\", \"Year\", \"TaxKind\", \"DecisionNumber\", \"DecisionDate\", \"Instalment\", \"DueDate\", \"Amount\", \"Costs\") FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var f in Lines(zip, ImportFormat.Liabilities))
        {
            var id = liabilities[f[0]] = liabilities.Count + 1;
            await w.WriteRowAsync(default, id, f[0], taxpayers[f[1]], int.Parse(f[2], inv), Platforma.Domain.TaxKinds.FromCode(f[3]).ToString(), N(f[4]),
                f[5].Length == 0 ? null : DateOnly.ParseExact(f[5], "yyyy-MM-dd", inv), int.Parse(f[6], inv), DateOnly.ParseExact(f[7], "yyyy-MM-dd", inv), M(f[8]), 0m);
        }
        await w.CompleteAsync();
    }
    await using (var w = await connection.BeginBinaryImportAsync("COPY \"Payments\" (\"ExternalId\", \"TaxpayerId\", \"Date\", \"Year\", \"Amount\", \"LiabilityId\", \"Channel\", \"Title\") FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var f in Lines(zip, ImportFormat.Payments))
        {
            var date = DateOnly.ParseExact(f[2], "yyyy-MM-dd", inv);
            await w.WriteRowAsync(default, f[0], taxpayers[f[1]], date, date.Year, M(f[3]), f[4].Length == 0 ? null : liabilities[f[4]], N(f[5]), N(f[6]));
        }
        await w.CompleteAsync();
    }
    await tx.CommitAsync();
}

static IEnumerable<string[]> Lines(ZipArchive zip, string name)
{
    using var reader = new StreamReader(zip.GetEntry(name)!.Open());
    reader.ReadLine();
    while (reader.ReadLine() is { Length: > 0 } line) yield return line.Split(';');
}

static long CountRows(string package)
{
    using var zip = ZipFile.OpenRead(package);
    return ImportFormat.CsvFiles.Sum(f => Lines(zip, f).LongCount());
}

static long PeakMegabytes() =>
    File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kb
        ? long.Parse(kb, CultureInfo.InvariantCulture) / 1024 : 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Platforma.sln"))) return dir.FullName;
    throw new InvalidOperationException("Platforma.sln not found");
}

static class BenchNames
{
    public static readonly Dictionary<string, string> ObjectKinds = new()
    {
        ["grunt"] = nameof(TaxObjectKind.Land), ["budynek"] = nameof(TaxObjectKind.Building), ["budowla"] = nameof(TaxObjectKind.Structure),
        ["rolny"] = nameof(TaxObjectKind.Agricultural), ["lesny"] = nameof(TaxObjectKind.Forest), ["pojazd"] = nameof(TaxObjectKind.Vehicle),
        ["odpady"] = nameof(TaxObjectKind.Waste),
    };
}
