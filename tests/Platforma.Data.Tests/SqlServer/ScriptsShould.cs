using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Platforma.Data.Catalog;
using Platforma.Data.Gmina;
using Platforma.Data.SqlServer;
using Platforma.Data.Tests.Migrations;

namespace Platforma.Data.Tests.SqlServer;

/// <summary>
/// SQL Server cannot run on this machine, so its scripts are at least parsed by SQL Server's own parser: the
/// idempotent migration scripts of both contexts, the provisioning of a gmina and the catalog set-up.
/// </summary>
public class ScriptsShould
{
    private static readonly SqlServerProvider Provider = new(new DatabaseOptions
    {
        Provider = "SqlServer",
        AdminConnection = "Server=sql;Database=Platforma;User Id=sa;Password=x;TrustServerCertificate=True",
        CatalogConnection = "Server=sql;Database=Platforma;User Id=platforma_app;Password=App'Pass1;TrustServerCertificate=True",
        TenantsConnection = "Server=sql;Database=Platforma;TrustServerCertificate=True",
    });

    [Fact]
    public void Parse_the_idempotent_gmina_migrations()
    {
        using var db = new TenantDbContext(MigrationsShould.TenantOptions("SqlServer"));
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        AssertParses(script);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        Assert.DoesNotContain("[dbo].", script); // no schema: the principal's DEFAULT_SCHEMA decides
    }

    [Fact]
    public void Parse_the_idempotent_catalog_migrations()
    {
        using var db = new CatalogDbContext(MigrationsShould.CatalogOptions("SqlServer"));
        AssertParses(db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_the_provisioning_of_a_gmina(bool setSecret)
    {
        var names = Provider.NamesFor("krzyz-wielkopolski");
        var script = Provider.PrincipalScript(names, "Pl1aSecret'With'Quotes", setSecret);
        AssertParses(script);
        Assert.Contains("DEFAULT_SCHEMA = [gmina_krzyz_wielkopolski]", script);
        Assert.Contains("CREATE SCHEMA [gmina_krzyz_wielkopolski] AUTHORIZATION [gmina_krzyz_wielkopolski]", script);
        Assert.Contains("DENY SELECT, INSERT, UPDATE, DELETE, ALTER, EXECUTE ON SCHEMA::[dbo]", script);
    }

    [Fact]
    public void Parse_the_catalog_setup()
    {
        var (master, database) = Provider.CatalogScripts();
        AssertParses(master);
        AssertParses(database);
        Assert.Contains("DEFAULT_SCHEMA = [catalog]", database);
    }

    [Fact]
    public void Refuse_an_unsafe_principal_name()
    {
        Assert.Throws<ArgumentException>(() =>
            Provider.PrincipalScript(new TenantDatabase { Schema = "x]; DROP TABLE y; --", Principal = "x" }, "s", false));
    }

    private static void AssertParses(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")) + Environment.NewLine + script);
    }
}
