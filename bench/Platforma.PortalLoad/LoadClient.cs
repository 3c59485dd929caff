using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Platforma.PortalLoad;

/// <summary>
/// Signs every seeded resident in on their own gmina's host (real form, real anti-forgery token), then lets N concurrent
/// residents load their dashboard for S seconds, then the home page for S seconds, and prints requests per second and
/// latency percentiles of both.
/// </summary>
public static partial class LoadClient
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(Seeder.Option(args, "--url") ?? throw new ArgumentException("--url"));
        // Round-robin over the gminy, so any number of residents is spread evenly across them.
        var users = (await File.ReadAllLinesAsync(Seeder.Option(args, "--users") ?? "users.csv"))
            .Select(l => l.Split(',')).Select(p => (Slug: p[0], Email: p[1]))
            .GroupBy(u => u.Slug).SelectMany(g => g.Select((u, i) => (u, i))).OrderBy(x => x.i).ThenBy(x => x.u.Slug, StringComparer.Ordinal)
            .Select(x => x.u).ToList();
        var concurrency = int.Parse(Seeder.Option(args, "--concurrency") ?? "50");
        var seconds = int.Parse(Seeder.Option(args, "--seconds") ?? "20");

        var residents = users.Take(concurrency).ToList();
        if (residents.Count < concurrency) throw new ArgumentException($"only {residents.Count} seeded residents for {concurrency} concurrent users");
        var clients = new HttpClient[concurrency];
        var signIn = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, concurrency), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            clients[i] = ClientFor(url, residents[i].Slug);
            await SignInAsync(clients[i], residents[i].Email, ct);
        });
        var gminy = residents.Select(r => r.Slug).Distinct().Count();
        Console.WriteLine($"{concurrency} residents of {gminy} gminy signed in in {signIn.Elapsed.TotalSeconds:0.0} s");

        await MeasureAsync(clients, "/zobowiazania", TimeSpan.FromSeconds(3)); // warm-up: JIT, pools, caches
        var dashboard = await MeasureAsync(clients, "/zobowiazania", TimeSpan.FromSeconds(seconds));
        var home = await MeasureAsync(clients, "/", TimeSpan.FromSeconds(seconds));

        Console.WriteLine();
        Console.WriteLine($"{"page",-24}{"requests",10}{"errors",8}{"req/s",10}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}");
        Print("dashboard /zobowiazania", dashboard);
        Print("home page /", home);
        Console.WriteLine($"({concurrency} concurrent signed-in residents over {gminy} gminy, {seconds} s each, keep-alive connections)");
        return dashboard.Errors + home.Errors == 0 ? 0 : 1;
    }

    private sealed record Result(int Requests, int Errors, double Seconds, double[] LatenciesMs);

    private static async Task<Result> MeasureAsync(HttpClient[] clients, string path, TimeSpan duration)
    {
        var latencies = new List<double>[clients.Length];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            var own = latencies[i] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                var body = await response.Content.ReadAsByteArrayAsync();
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK || body.Length == 0) Interlocked.Increment(ref errors);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, errors, elapsed, all);
    }

    private static void Print(string name, Result r)
    {
        double P(double q) => r.LatenciesMs.Length == 0 ? double.NaN : r.LatenciesMs[Math.Min(r.LatenciesMs.Length - 1, (int)Math.Ceiling(q * r.LatenciesMs.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-24}{r.Requests,10}{r.Errors,8}{r.Requests / r.Seconds,10:0.0}{P(0.50),9:0.0}{P(0.95),9:0.0}{P(0.99),9:0.0}"));
    }

    /// <summary>A client for <c>{slug}.{host}</c> that connects to the given address whatever the name (like the tests).</summary>
    private static HttpClient ClientFor(Uri app, string slug)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Parse(app.Host), app.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"http://{slug}.localhost:{app.Port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    private static async Task SignInAsync(HttpClient client, string email, CancellationToken ct)
    {
        var form = await client.GetStringAsync("/logowanie", ct);
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        var response = await client.PostAsync("/logowanie", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Seeder.Password, ["__RequestVerificationToken"] = token,
        }), ct);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in of {email} failed: {response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
