namespace Platforma.Web.Tenancy;

/// <summary>
/// The accessor: which host this request (or job) is for and, on a gmina's host, which gmina. Set once per scope by
/// <see cref="TenantResolutionMiddleware"/> or <see cref="TenantScopes"/>, and never changed afterwards.
/// </summary>
public sealed class CurrentTenant
{
    public HostMatch Host { get; private set; } = HostMatch.Unknown;

    /// <summary>The gmina of this scope, or null on the directory, the operator host and unknown hosts.</summary>
    public TenantInfo? Tenant { get; private set; }

    public TenantInfo Required => Tenant ?? throw new InvalidOperationException("This scope belongs to no gmina.");

    internal void Set(HostMatch host, TenantInfo? tenant)
    {
        if (Tenant is not null && tenant is not null && tenant.Slug != Tenant.Slug)
            throw new InvalidOperationException("A scope's gmina never changes.");
        Host = host;
        Tenant = tenant;
    }
}
