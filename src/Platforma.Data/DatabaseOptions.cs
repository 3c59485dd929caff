namespace Platforma.Data;

/// <summary>Where the platform's databases are. Bound from <c>Database:*</c> and <c>ConnectionStrings:*</c>.</summary>
public sealed record DatabaseOptions
{
    /// <summary><c>Sqlite</c> (embedded default), <c>Postgres</c> or <c>SqlServer</c>.</summary>
    public string Provider { get; init; } = "Sqlite";

    /// <summary>The catalog (gminy, operators, Hangfire) with the app's own login.</summary>
    public string CatalogConnection { get; init; } = "";

    /// <summary>A login allowed to create schemas and principals. Used only by provisioning, never by tenant traffic.</summary>
    public string AdminConnection { get; init; } = "";

    /// <summary>Server and database of the gminy's schemas, without credentials: each gmina's principal is filled in.</summary>
    public string TenantsConnection { get; init; } = "";

    /// <summary>Folder for SQLite files (one per gmina), import inboxes and other local state.</summary>
    public string DataFolder { get; init; } = "data";

    /// <summary>
    /// Prefix of every gmina's schema and principal (<c>gmina_mosina</c>). Logins and roles are server-wide, so two
    /// environments sharing one server need different prefixes.
    /// </summary>
    public string PrincipalPrefix { get; init; } = "gmina_";
}
