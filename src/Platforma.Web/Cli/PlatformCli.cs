using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Data.Provisioning;
using Platforma.Web.Imports;
using Platforma.Web.Infrastructure;
using Platforma.Web.Jobs;
using Platforma.Web.Operator;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Cli;

/// <summary>
/// Operations from the command line of the same app (<c>dotnet run --project src/Platforma.Web -- tenants list</c>,
/// or <c>dotnet Platforma.Web.dll tenants list</c> in the container). Each command prints its result and exits 0 on
/// success, 1 on failure, 2 on a usage error.
/// </summary>
public static class PlatformCli
{
    private const string Usage = """
        Platforma — commands (run instead of the web server):
          setup                                   create the catalog, add gminy from tenants.json, provision and migrate (what every start does)
          tenants list                            gminy with state, schema version and last check
          tenants apply [--file PATH] [--dry-run] apply tenants.json: add missing gminy, overwrite their settings (docs/tenants.md)
          tenants provision SLUG|--all            create schema and principal, run migrations (idempotent)
          tenants suspend SLUG                    portal answers 503, jobs stop, data untouched
          tenants resume SLUG
          tenants check SLUG|--all                run the tenant check now and record it
          tenants archive SLUG                    a suspended gmina is no longer served (404); its data is kept
          tenants placeholders [--file PATH]      regenerate the placeholder coats of arms of tenants.json (branding/herby)
          migrate                                 bring every gmina's schema to the current migration, reporting per gmina
          operators create --email EMAIL [--password-stdin]
          staff create --gmina SLUG --email EMAIL [--name NAME] [--password-stdin]
                                                  an office clerk's account in one gmina
          import-keys list|issue|rotate|revoke --gmina SLUG [--name NAME]
                                                  the gmina's import API keys; issue and rotate print the new key once
          imports scan --gmina SLUG|--all         import the packages waiting in the inbox now (what import-assessments:{slug} does)
          demo generate [--out DIR] [--scale X] [--seed N] [--gmina SLUG]
                                                  write demo packages (platforma-import/1), one per gmina
        """;

    private static readonly string[] Commands = ["setup", "tenants", "migrate", "operators", "staff", "import-keys", "imports", "demo", "help", "--help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <summary>Commands run no job server and log only warnings, so their own output stays readable.</summary>
    public static void ConfigureHost(WebApplicationBuilder builder)
    {
        builder.Configuration["Platforma:RunJobs"] = "false";
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
    }

    public static Task<int> RunAsync(WebApplication app, string[] args) => RunAsync(app, args, Console.In, Console.Out, Console.Error);

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var io = new CliIo(input, output, error);
        // Configuration overrides (--Database:Provider=Postgres) are read by the host, not by the commands.
        args = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') && a.Contains(':'))).ToArray();
        var ct = CancellationToken.None;
        var services = app.Services;
        try
        {
            switch (args)
            {
                case ["help" or "--help", ..]:
                    io.Out.WriteLine(Usage);
                    return 0;
                case ["setup"]:
                    await using (var scope = services.CreateAsyncScope())
                        await scope.ServiceProvider.GetRequiredService<PlatformSetup>().RunAsync(ct);
                    io.Out.WriteLine("Setup done.");
                    return await ListAsync(io, services, ct);
                case ["tenants", "list"]:
                    await EnsureCatalogAsync(services, ct);
                    return await ListAsync(io, services, ct);
                case ["tenants", "apply", .. var rest]:
                    return await ApplyAsync(io, services, rest, ct);
                case ["tenants", "provision", var target]:
                    return await ForEachAsync(io, services, target, "provision", async slug =>
                    {
                        var r = await services.GetRequiredService<TenantProvisioner>().ProvisionAsync(slug, "cli", ct);
                        services.GetRequiredService<RecurringJobs>().RegisterFor(await FindAsync(services, slug, ct));
                        return $"{(r.Changed ? "provisioned" : "unchanged")}, schema {r.CurrentSchema}, version {r.SchemaVersion}"
                            + (r.AppliedMigrations.Count > 0 ? $", applied {string.Join(", ", r.AppliedMigrations)}" : "");
                    }, ct);
                case ["tenants", "suspend", var slug]:
                    var before = await services.GetRequiredService<TenantLifecycle>().SuspendAsync(slug, "cli", ct);
                    io.Out.WriteLine(before == TenantState.Suspended ? $"{slug}: already suspended" : $"{slug}: suspended (was {before})");
                    return 0;
                case ["tenants", "resume", var slug]:
                    var was = await services.GetRequiredService<TenantLifecycle>().ResumeAsync(slug, "cli", ct);
                    io.Out.WriteLine(was == TenantState.Active ? $"{slug}: already active" : $"{slug}: active (was {was})");
                    return 0;
                case ["tenants", "archive", var slug]:
                    var prior = await services.GetRequiredService<TenantLifecycle>().ArchiveAsync(slug, "cli", ct);
                    io.Out.WriteLine(prior == TenantState.Archived ? $"{slug}: already archived" : $"{slug}: archived (was {prior})");
                    return 0;
                case ["tenants", "placeholders", .. var rest]:
                    return await PlaceholdersAsync(io, services, rest);
                case ["tenants", "check", var target]:
                    return await ForEachAsync(io, services, target, "check", async slug =>
                    {
                        var r = await services.GetRequiredService<TenantCheckJob>().RunAsync(slug, ct);
                        return r.Ok ? $"OK, schema {r.CurrentSchema}, version {r.SchemaVersion}" : throw new CliException(r.Message);
                    }, ct);
                case ["migrate"]:
                    await EnsureCatalogAsync(services, ct);
                    return await ForEachAsync(io, services, "--all", "migrate", async slug =>
                    {
                        var r = await services.GetRequiredService<TenantProvisioner>().ProvisionAsync(slug, "cli", ct);
                        return r.AppliedMigrations.Count == 0 ? $"up to date ({r.SchemaVersion})" : $"applied {string.Join(", ", r.AppliedMigrations)}";
                    }, ct);
                case ["operators", "create", .. var rest]:
                    return await CreateOperatorAsync(io, services, rest, ct);
                case ["staff", "create", .. var rest]:
                    return await CreateStaffAsync(io, services, rest, ct);
                case ["import-keys", var verb and ("list" or "issue" or "rotate" or "revoke"), .. var rest]:
                    return await ImportKeysAsync(io, services, verb, rest, ct);
                case ["imports", "scan", .. var rest]:
                    await EnsureCatalogAsync(services, ct);
                    return await ForEachAsync(io, services, Option(rest, "--gmina") ?? (rest.Contains("--all") ? "--all" : throw new CliException("--gmina SLUG or --all is required.")),
                        "scan", async slug => $"{await services.GetRequiredService<InboxImportJob>().RunAsync(slug, ct)} packages imported from the inbox", ct);
                case ["demo", "generate", .. var rest]:
                    return await Imports.Demo.DemoCommand.GenerateAsync(io.Out, services, rest, ct);
                default:
                    io.Error.WriteLine($"Unknown command: {string.Join(' ', args)}");
                    io.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is CliException or TenantLifecycleException or TenantsFileException or ArgumentException or InvalidOperationException)
        {
            io.Error.WriteLine("Error: " + e.Message);
            return 1;
        }
    }

    private static async Task EnsureCatalogAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformSetup>().EnsureCatalogAsync(ct);
    }

    private static async Task<int> ListAsync(CliIo io, IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync(ct);
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(ct);
        io.Out.WriteLine($"{"SLUG",-22} {"STATE",-12} {"SCHEMA",-28} {"VERSION",-32} LAST CHECK");
        foreach (var t in tenants)
        {
            var check = t.LastCheck is { } c
                ? $"{(c.Ok ? "OK" : "FAILED")} {c.CheckedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}{(c.Ok ? "" : " " + c.Message)}"
                : "never";
            io.Out.WriteLine($"{t.Slug,-22} {t.State,-12} {t.Database.Schema,-28} {t.Database.SchemaVersion ?? "-",-32} {check}");
        }
        io.Out.WriteLine($"{tenants.Count} gminy: {tenants.Count(t => t.State == TenantState.Active)} active, "
            + $"{tenants.Count(t => t.State == TenantState.Suspended)} suspended, {tenants.Count(t => t.State == TenantState.Provisioning)} provisioning");
        return 0;
    }

    private static async Task<int> ApplyAsync(CliIo io, IServiceProvider services, string[] rest, CancellationToken ct)
    {
        var dryRun = rest.Contains("--dry-run");
        var file = Option(rest, "--file");
        await using var scope = services.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<PlatformSetup>();
        await setup.EnsureCatalogAsync(ct);
        var path = file is null ? setup.TenantsFilePath() : Path.GetFullPath(file);
        if (path is null) throw new CliException("No tenants.json found; give one with --file.");
        var content = TenantsFile.Load(path);
        var changes = await services.GetRequiredService<TenantsFileApplier>().ApplyAsync(content, TenantsFileMode.Overwrite, dryRun, ct);
        foreach (var change in changes)
        {
            io.Out.WriteLine(change.Kind switch
            {
                TenantsFileChangeKind.Added => $"{change.Slug}: {(dryRun ? "would be added" : "added (provisioning next)")}",
                TenantsFileChangeKind.Updated => $"{change.Slug}: {(dryRun ? "would change" : "changed")} {string.Join(", ", change.Fields)}",
                TenantsFileChangeKind.NotInFile => $"{change.Slug}: not in the file (kept as it is)",
                _ => $"{change.Slug}: unchanged",
            });
        }
        if (!dryRun)
        {
            foreach (var added in changes.Where(c => c.Kind == TenantsFileChangeKind.Added))
            {
                var r = await services.GetRequiredService<TenantProvisioner>().ProvisionAsync(added.Slug, "cli", ct);
                services.GetRequiredService<RecurringJobs>().RegisterFor(await FindAsync(services, added.Slug, ct));
                io.Out.WriteLine($"{added.Slug}: provisioned, version {r.SchemaVersion}");
            }
        }
        io.Out.WriteLine(dryRun ? $"Dry run of {path}: nothing was changed." : $"Applied {path}.");
        return 0;
    }

    /// <summary>Writes the placeholder shield of every gmina whose coat of arms is still a placeholder; real ones are never touched.</summary>
    private static async Task<int> PlaceholdersAsync(CliIo io, IServiceProvider services, string[] rest)
    {
        await using var scope = services.CreateAsyncScope();
        var path = Option(rest, "--file") is { } file ? Path.GetFullPath(file) : scope.ServiceProvider.GetRequiredService<PlatformSetup>().TenantsFilePath()
            ?? throw new CliException("No tenants.json found; give one with --file.");
        var written = 0;
        foreach (var g in TenantsFile.Load(path).Gminy.Where(g => g.Branding.CoatOfArmsIsPlaceholder))
        {
            var svg = PlaceholderShield.Svg(g.Slug, g.Name, g.ShortName, g.Branding.PrimaryColor);
            if (File.Exists(g.CoatOfArmsPath) && await File.ReadAllTextAsync(g.CoatOfArmsPath) == svg) continue;
            await File.WriteAllTextAsync(g.CoatOfArmsPath, svg);
            io.Out.WriteLine($"{g.Slug}: wrote {Path.GetRelativePath(Path.GetDirectoryName(path)!, g.CoatOfArmsPath)}");
            written++;
        }
        io.Out.WriteLine($"{written} placeholder coats of arms written.");
        return 0;
    }

    private static async Task<int> ForEachAsync(CliIo io, IServiceProvider services, string target, string verb, Func<string, Task<string>> action, CancellationToken ct)
    {
        List<string> slugs;
        if (target == "--all")
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync(ct);
            slugs = await db.Tenants.Where(t => t.State != TenantState.Archived).OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync(ct);
        }
        else slugs = [target];

        var failed = 0;
        foreach (var slug in slugs)
        {
            try
            {
                io.Out.WriteLine($"{slug}: {await action(slug)}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                io.Out.WriteLine($"{slug}: FAILED {e.GetBaseException().Message}");
            }
        }
        io.Out.WriteLine($"{verb}: {slugs.Count - failed} succeeded, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<int> CreateOperatorAsync(CliIo io, IServiceProvider services, string[] rest, CancellationToken ct)
    {
        var email = Option(rest, "--email") ?? throw new CliException("--email is required.");
        await EnsureCatalogAsync(services, ct);
        var password = ReadPassword(io, rest);
        await using var scope = services.CreateAsyncScope();
        var op = await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateAsync(email, password, ct);
        io.Out.WriteLine($"Operator {op.Email} created. Sign in at admin.<your domain>/logowanie.");
        return 0;
    }

    private static async Task<int> CreateStaffAsync(CliIo io, IServiceProvider services, string[] rest, CancellationToken ct)
    {
        var slug = Option(rest, "--gmina") ?? throw new CliException("--gmina is required.");
        var email = Option(rest, "--email") ?? throw new CliException("--email is required.");
        var name = Option(rest, "--name");
        var password = ReadPassword(io, rest);
        await using var scope = await services.GetRequiredService<TenantScopes>().BeginAsync(slug, ct: ct);
        var users = scope.Services.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, Kind = PortalUserKind.OfficeStaff,
            DisplayName = name, CreatedAt = scope.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new CliException(string.Join(" ", result.Errors.Select(e => e.Description)));
        io.Out.WriteLine($"Office account {user.Email} created in gmina {slug}.");
        return 0;
    }

    private static async Task<int> ImportKeysAsync(CliIo io, IServiceProvider services, string verb, string[] rest, CancellationToken ct)
    {
        var slug = Option(rest, "--gmina") ?? throw new CliException("--gmina is required.");
        await EnsureCatalogAsync(services, ct);
        var keys = services.GetRequiredService<ImportApiKeys>();
        switch (verb)
        {
            case "list":
                foreach (var k in await keys.ListAsync(slug, ct))
                    io.Out.WriteLine($"{k.Prefix}  {(k.RevokedAt is null ? "active " : "revoked")}  {k.Name}  created {k.CreatedAt:yyyy-MM-dd HH:mm} by {k.CreatedBy}"
                        + (k.LastUsedAt is { } used ? $", last used {used:yyyy-MM-dd HH:mm}" : ""));
                return 0;
            case "revoke":
                io.Out.WriteLine($"{slug}: {await keys.RevokeAsync(slug, "cli", ct)} keys revoked.");
                return 0;
            default:
                var issued = verb == "issue" ? await keys.IssueAsync(slug, Option(rest, "--name"), "cli", ct) : await keys.RotateAsync(slug, "cli", ct);
                io.Out.WriteLine($"{slug}: new import API key \"{issued.Key.Name}\" ({(verb == "rotate" ? "previous keys revoked" : "other keys still valid")}).");
                io.Out.WriteLine("Give it to the tax system now; it is not shown again:");
                io.Out.WriteLine(issued.Plain);
                return 0;
        }
    }

    private static async Task<Tenant> FindAsync(IServiceProvider services, string slug, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync(ct);
        return await db.Tenants.AsNoTracking().SingleAsync(t => t.Slug == slug, ct);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string ReadPassword(CliIo io, string[] args)
    {
        if (args.Contains("--password-stdin"))
            return io.In.ReadLine()?.TrimEnd('\r', '\n') is { Length: > 0 } piped ? piped : throw new CliException("No password on standard input.");
        if (Console.IsInputRedirected) throw new CliException("Give the password with --password-stdin.");
        io.Out.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else password.Append(key.KeyChar);
        }
        io.Out.WriteLine();
        return password.ToString();
    }
}

public sealed class CliException(string message) : Exception(message);

internal sealed record CliIo(TextReader In, TextWriter Out, TextWriter Error);
