using System.Text.Json.Nodes;
using Platforma.Web.Tenancy;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Tenancy;

public class TenantsFileShould
{
    [Fact]
    public void Read_the_22_gminy_of_the_project()
    {
        var file = TenantsFile.Load(Repository.TenantsFile);
        Assert.Equal(
            "bojanowo brudzew chodziez czerniejewo czempin drawsko jaraczewo kostrzyn krzyz-wielkopolski lubasz lubon lobzenica miejska-gorka mosina opalenica ostrow-wielkopolski przykona skoki slupca steszew strzalkowo srem",
            string.Join(' ', file.Gminy.Select(g => g.Slug)));
        Assert.All(file.Gminy, g => Assert.True(ColorContrast.WithWhite(g.Branding.PrimaryColor) >= 4.5, g.Slug));
        Assert.All(file.Gminy, g => Assert.True(File.Exists(g.CoatOfArmsPath), g.Slug));
        Assert.Equal(22, file.Gminy.Select(g => g.Branding.PrimaryColor.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void Keep_real_facts_empty_and_mark_example_data()
    {
        var file = TenantsFile.Load(Repository.TenantsFile);
        Assert.All(file.Gminy, g =>
        {
            Assert.Null(g.Teryt);
            Assert.Equal("", g.Contact.Phone);
            Assert.Equal("", g.Contact.Address);
            Assert.True(g.Bank.IsExampleData); // so the example NIP and account numbers are marked as such
            Assert.True(g.Bank.RecipientNip is "" or "1234563218");
            Assert.True(g.Branding.CoatOfArmsIsPlaceholder);
        });
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "bad JSON", """{ "gminy": [ { "slug": "mosina", """, "gminy[0]" },
        { "not JSON at all", "gminy: mosina", "(file)" },
        { "a slug twice", Edit(g => g[1]!["slug"] = "bojanowo"), "gminy[1].slug" },
        { "a reserved slug", Edit(g => g[2]!["slug"] = "admin"), "gminy[2].slug" },
        { "a slug with capitals", Edit(g => g[0]!["slug"] = "Mosina"), "gminy[0].slug" },
        { "a colour failing contrast", Edit(g => g[3]!["branding"]!["primaryColor"] = "#ffcc00"), "gminy[3].branding.primaryColor" },
        { "a colour that is no colour", Edit(g => g[3]!["branding"]!["primaryColor"] = "blue"), "gminy[3].branding.primaryColor" },
        { "a missing coat of arms", Edit(g => g[4]!["branding"]!["coatOfArms"] = "branding/herby/nie-ma.svg"), "gminy[4].branding.coatOfArms" },
        { "a coat of arms outside the folder", Edit(g => g[4]!["branding"]!["coatOfArms"] = "../etc/passwd"), "gminy[4].branding.coatOfArms" },
        { "a bad account number", Edit(g => g[5]!["bank"]!["accountNumber"] = "53102035419999000100000001"), "gminy[5].bank.accountNumber" },
        { "a bad waste fee schedule", Edit(g => g[6]!["taxes"]!["wasteFeeSchedule"] = "weekly:1"), "gminy[6].taxes.wasteFeeSchedule" },
        { "a bad cron", Edit(g => g[7]!["imports"]!["schedule"] = "every night"), "gminy[7].imports.schedule" },
        { "an unknown field", Edit(g => g[8]!["colour"] = "#000000"), "gminy[8]" },
        { "a missing field", Edit(g => g[9]!.AsObject().Remove("name")), "gminy[9]" },
        { "virtual accounts not 24 digits", Edit(g => g[10]!["bank"]!["virtualAccounts"]!["payerIdLength"] = 7), "gminy[10].bank.virtualAccounts.payerIdLength" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public void Reject_a_bad_file_naming_the_field(string why, string json, string field)
    {
        var path = Path.Combine(Repository.Root, $"tenants.test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<TenantsFileException>(() => TenantsFile.Load(path));
            Assert.True(error.Errors.Any(e => e.Field.StartsWith(field, StringComparison.Ordinal)),
                $"{why}: expected an error at {field}, got: {string.Join("; ", error.Errors)}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The project's tenants.json with one change.</summary>
    private static string Edit(Action<JsonArray> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(Repository.TenantsFile))!;
        change(root["gminy"]!.AsArray());
        return root.ToJsonString();
    }
}
