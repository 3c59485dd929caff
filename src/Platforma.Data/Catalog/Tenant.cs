namespace Platforma.Data.Catalog;

/// <summary>A gmina served by the platform: its identity, settings and the database principal that holds its data.</summary>
public class Tenant
{
    public int Id { get; set; }

    /// <summary>The subdomain: <c>mosina</c> in <c>mosina.platforma.pl</c>. Never changes once created.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }
    public required string ShortName { get; set; }

    /// <summary>Kod TERYT of the gmina, when known.</summary>
    public string? Teryt { get; set; }

    public TenantState State { get; set; } = TenantState.Provisioning;

    public TenantBranding Branding { get; set; } = new();
    public TenantContact Contact { get; set; } = new();
    public TenantBank Bank { get; set; } = new();
    public TenantTaxSettings Taxes { get; set; } = new();
    public TenantImportSettings Imports { get; set; } = new();
    public TenantPaymentSettings Payments { get; set; } = new();

    /// <summary>Where this gmina's data lives and with which principal it is reached.</summary>
    public TenantDatabase Database { get; set; } = new();

    /// <summary>The last result of the recurring tenant check job.</summary>
    public TenantCheckResult? LastCheck { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who made the last change: <c>tenants.json</c>, <c>cli</c> or an operator's e-mail.</summary>
    public string? UpdatedBy { get; set; }
}

/// <summary>Lifecycle of a gmina (after Orchard Core's shell states).</summary>
public enum TenantState
{
    /// <summary>Being created: schema, principal, migrations. Answers 503.</summary>
    Provisioning = 0,
    Active = 1,
    /// <summary>Switched off by the operator: answers 503, data untouched.</summary>
    Suspended = 2,
    /// <summary>No longer served: answers 404, data kept.</summary>
    Archived = 3,
}

public class TenantBranding
{
    /// <summary>Primary colour, <c>#rrggbb</c>, readable with white text (WCAG AA).</summary>
    public string PrimaryColor { get; set; } = "#1d4e89";
    /// <summary>True while the coat of arms is the generated placeholder the operator should replace.</summary>
    public bool CoatOfArmsIsPlaceholder { get; set; } = true;
}

public class TenantContact
{
    /// <summary>True when these values are examples, not the office's real contact data.</summary>
    public bool IsExampleData { get; set; }
    public string OfficeName { get; set; } = "";
    public string Address { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string Website { get; set; } = "";
    public string OpeningHours { get; set; } = "";
}

public class TenantBank
{
    /// <summary>True when the account numbers are examples: the portal then warns residents not to pay.</summary>
    public bool IsExampleData { get; set; } = true;
    public string BankName { get; set; } = "";
    public string RecipientName { get; set; } = "";
    public string RecipientNip { get; set; } = "";
    /// <summary>The gmina's account for local taxes (NRB, 26 digits).</summary>
    public string AccountNumber { get; set; } = "";
    /// <summary>Individual (virtual) accounts: bank sort code + the gmina's fixed part + payer id.</summary>
    public string VirtualSortCode { get; set; } = "";
    public string VirtualFixedPart { get; set; } = "";
    public int VirtualPayerIdLength { get; set; }
}

public class TenantTaxSettings
{
    /// <summary>The waste fee schedule set by the rada gminy, e.g. <c>quarterly:15.03,15.05,15.09,15.11</c>.</summary>
    public string WasteFeeSchedule { get; set; } = "quarterly:15.03,15.05,15.09,15.11";
}

public class TenantImportSettings
{
    /// <summary>Cron expression of the nightly import from the inbox folder.</summary>
    public string Schedule { get; set; } = "0 2 * * *";
    /// <summary>Inbox folder; null means <c>{DataFolder}/inbox/{slug}</c>.</summary>
    public string? Inbox { get; set; }
}

public class TenantPaymentSettings
{
    public bool OnlinePayments { get; set; }
    public string? Provider { get; set; }
}

public class TenantDatabase
{
    /// <summary>Schema (PostgreSQL, SQL Server) or file name (SQLite) holding the gmina's tables.</summary>
    public string Schema { get; set; } = "";
    /// <summary>The gmina's own database principal (role, user or — for SQLite — none).</summary>
    public string Principal { get; set; } = "";
    /// <summary>The principal's password, protected with ASP.NET Core Data Protection. Never stored in clear.</summary>
    public string? ProtectedSecret { get; set; }
    /// <summary>Last migration applied to the gmina's schema.</summary>
    public string? SchemaVersion { get; set; }
    public DateTimeOffset? ProvisionedAt { get; set; }
}

public class TenantCheckResult
{
    public DateTimeOffset CheckedAt { get; set; }
    public bool Ok { get; set; }
    public string? CurrentSchema { get; set; }
    public string? SchemaVersion { get; set; }
    public int PendingMigrations { get; set; }
    public string Message { get; set; } = "";
}
