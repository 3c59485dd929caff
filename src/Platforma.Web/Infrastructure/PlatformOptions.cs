namespace Platforma.Web.Infrastructure;

/// <summary>The <c>Platforma</c> configuration section.</summary>
public sealed class PlatformOptions
{
    /// <summary>Domains under which gminy live as subdomains; the first one is used in links and e-mails.</summary>
    public string[] BaseDomains { get; set; } = ["localhost"];

    /// <summary>tenants.json; relative paths are resolved against the content root, and when unset it is searched upward from there.</summary>
    public string? TenantsFile { get; set; }

    /// <summary>Local state: SQLite files, import inboxes, development e-mails. Relative to the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Create the catalog, add gminy from tenants.json and provision them at start.</summary>
    public bool SetupOnStart { get; set; } = true;

    /// <summary>Bring every gmina's schema to the current migration at start (otherwise: <c>migrate</c> command).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>How many gminy are provisioned or migrated at once at start.</summary>
    public int SetupParallelism { get; set; } = 4;

    /// <summary>Run a Hangfire server in this process.</summary>
    public bool RunJobs { get; set; } = true;

    /// <summary>
    /// Hangfire workers for the "imports" queue, i.e. how many gminy import at once. Each import is one long transaction
    /// that joins millions of rows; more at once only make each slower and multiply the database's memory.
    /// </summary>
    public int ImportWorkers { get; set; } = 2;

    public DemoOptions Demo { get; set; } = new();
}

/// <summary>The <c>Platforma:Demo</c> section: demo packages imported on first start so a fresh install has data.</summary>
public sealed class DemoOptions
{
    /// <summary>Import demo data into every gmina that has never imported anything. Unset: only on SQLite, the embedded default.</summary>
    public bool? ImportOnFirstStart { get; set; }

    /// <summary>Fraction of the full-size demo (a few tens of thousands of taxpayers in the largest gminy).</summary>
    public double Scale { get; set; } = 0.05;

    public int Seed { get; set; } = 2026;
}
