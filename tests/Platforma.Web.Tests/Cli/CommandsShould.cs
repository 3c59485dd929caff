using System.Text.Json.Nodes;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Cli;

public sealed class CommandsShould(CliRunner cli) : IClassFixture<CliRunner>
{
    [Fact]
    public async Task List_the_gminy_with_state_and_schema_version()
    {
        var (code, output, _) = await cli.RunAsync("tenants list");
        Assert.Equal(0, code);
        var mosina = output.Split('\n').Single(l => l.StartsWith("mosina ", StringComparison.Ordinal));
        Assert.Contains("Active", mosina);
        Assert.Contains("mosina.db", mosina);
        Assert.Matches(@"\d{14}_\w+", mosina);
        Assert.Contains("22 gminy: 22 active", output);
    }

    [Fact]
    public async Task Record_the_tenant_check_and_show_it_in_the_list()
    {
        var (code, output, _) = await cli.RunAsync("tenants check lubasz");
        Assert.Equal(0, code);
        Assert.Contains("lubasz: OK, schema lubasz.db", output);
        var (_, list, _) = await cli.RunAsync("tenants list");
        Assert.Matches(@"lubasz .* OK \d{4}-\d{2}-\d{2} \d{2}:\d{2}", list);
    }

    [Fact]
    public async Task Suspend_and_resume_a_gmina()
    {
        var (code, output, _) = await cli.RunAsync("tenants suspend skoki");
        Assert.Equal(0, code);
        Assert.Contains("skoki: suspended (was Active)", output);
        Assert.Contains("skoki: already suspended", (await cli.RunAsync("tenants suspend skoki")).Output);
        Assert.Matches(@"skoki\s+Suspended", (await cli.RunAsync("tenants list")).Output);
        Assert.Contains("skoki: active (was Suspended)", (await cli.RunAsync("tenants resume skoki")).Output);
    }

    [Fact]
    public async Task Fail_clearly_for_an_unknown_gmina()
    {
        var (code, _, error) = await cli.RunAsync("tenants suspend nieznana");
        Assert.Equal(1, code);
        Assert.Contains("'nieznana' is not in the catalog", error);
    }

    [Fact]
    public async Task Migrate_every_gmina_and_report_each()
    {
        var (code, output, _) = await cli.RunAsync("migrate");
        Assert.Equal(0, code);
        Assert.Equal(22, output.Split('\n').Count(l => l.Contains(": up to date (", StringComparison.Ordinal)));
        Assert.Contains("migrate: 22 succeeded, 0 failed", output);
    }

    [Fact]
    public async Task Provision_again_without_changing_anything()
    {
        var (code, output, _) = await cli.RunAsync("tenants provision opalenica");
        Assert.Equal(0, code);
        Assert.Contains("opalenica: unchanged, schema opalenica.db", output);
    }

    [Fact]
    public async Task Leave_the_catalog_as_it_was_when_tenants_json_is_invalid()
    {
        var before = (await cli.RunAsync("tenants list")).Output;
        var bad = WriteTenantsFile(g => g[13]!["branding"]!["primaryColor"] = "#ffff00"); // Mosina, unreadable yellow
        try
        {
            var (code, _, error) = await cli.RunAsync($"tenants apply --file {bad}");
            Assert.Equal(1, code);
            Assert.Contains("gminy[13].branding.primaryColor", error);
            Assert.Contains("4.5:1", error);
        }
        finally
        {
            File.Delete(bad);
        }
        Assert.Equal(WithoutLastCheck(before), WithoutLastCheck((await cli.RunAsync("tenants list")).Output));
    }

    [Fact]
    public async Task Show_what_a_changed_file_would_change_in_a_dry_run_and_change_nothing()
    {
        var changed = WriteTenantsFile(g => g[0]!["contact"]!["phone"] = "+48 61 000 00 00");
        try
        {
            var (code, output, _) = await cli.RunAsync($"tenants apply --file {changed} --dry-run");
            Assert.Equal(0, code);
            Assert.Contains("bojanowo: would change contact.phone", output);
            Assert.Contains("brudzew: unchanged", output);
            Assert.Contains("nothing was changed", output);
            var (_, again, _) = await cli.RunAsync($"tenants apply --file {changed} --dry-run");
            Assert.Contains("bojanowo: would change contact.phone", again);
        }
        finally
        {
            File.Delete(changed);
        }
    }

    [Fact]
    public async Task Create_an_operator_from_a_password_on_standard_input()
    {
        var (code, output, _) = await cli.RunAsync("operators create --email Operator@Example.pl --password-stdin", stdin: "Dlugie-Haslo-Operatora-1\n");
        Assert.Equal(0, code);
        Assert.Contains("Operator operator@example.pl created", output);
        var again = await cli.RunAsync("operators create --email operator@example.pl --password-stdin", stdin: "Dlugie-Haslo-Operatora-1\n");
        Assert.Equal(1, again.Code);
        Assert.Contains("already exists", again.Error);
        var weak = await cli.RunAsync("operators create --email inny@example.pl --password-stdin", stdin: "krotkie\n");
        Assert.Equal(1, weak.Code);
        Assert.Contains("at least 12 characters", weak.Error);
    }

    [Fact]
    public async Task Create_an_office_clerk_in_one_gmina()
    {
        var (code, output, _) = await cli.RunAsync("staff create --gmina srem --email urzednik@srem.test --name Anna --password-stdin", stdin: "Haslo-Urzednika-1\n");
        Assert.Equal(0, code);
        Assert.Contains("Office account urzednik@srem.test created in gmina srem", output);
    }

    [Fact]
    public async Task Explain_its_commands_and_refuse_unknown_ones()
    {
        Assert.Contains("tenants apply", (await cli.RunAsync("help")).Output);
        var (code, _, error) = await cli.RunAsync("tenants explode");
        Assert.Equal(2, code);
        Assert.Contains("Unknown command", error);
    }

    private static string WriteTenantsFile(Action<JsonArray> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(Repository.TenantsFile))!;
        change(root["gminy"]!.AsArray());
        var path = Path.Combine(Repository.Root, $"tenants.test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    /// <summary>The listing up to its last column, whose check times move on their own.</summary>
    private static string WithoutLastCheck(string listing) =>
        string.Join('\n', listing.Split('\n').Select(l => l.Length > 97 ? l[..97] : l));
}
