using System.Globalization;

namespace Platforma.Web.Tenancy;

public enum HostKind
{
    /// <summary>The base domain itself (or <c>www.</c>): the directory of gminy.</summary>
    Apex,
    /// <summary><c>admin.{base}</c>: the operator console.</summary>
    Operator,
    /// <summary><c>{slug}.{base}</c>: a gmina's portal, if the slug is known.</summary>
    Tenant,
    /// <summary>A well-formed host this platform does not serve.</summary>
    Unknown,
    /// <summary>Not a host name at all (bad characters, over-long labels).</summary>
    Malformed,
}

/// <summary>What a Host header names; <see cref="BaseDomain"/> is the platform domain it was matched under.</summary>
public sealed record HostMatch(HostKind Kind, string? Slug = null, string? BaseDomain = null)
{
    public static readonly HostMatch Unknown = new(HostKind.Unknown);
    public static readonly HostMatch Malformed = new(HostKind.Malformed);
}

/// <summary>
/// The host strategy: <c>{slug}.{BaseDomain}</c> is a gmina, <c>admin.{BaseDomain}</c> the operator, the base domain
/// the directory. Works on the Host header alone, so it is the same for every request, job link and e-mail.
/// </summary>
public sealed class HostResolver
{
    private const int MaxHostLength = 253;
    private static readonly IdnMapping Idn = new();

    /// <summary>Labels that can never be a gmina's slug.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "admin", "www", "api" };

    private readonly string[] _baseDomains;

    public HostResolver(IEnumerable<string> baseDomains)
    {
        _baseDomains = baseDomains
            .Select(d => Normalize(d) ?? throw new ArgumentException($"Base domain '{d}' is not a valid host name."))
            .OrderByDescending(d => d.Length) // the most specific base domain wins
            .ToArray();
        if (_baseDomains.Length == 0) throw new ArgumentException("At least one base domain is needed (Platforma:BaseDomains).");
    }

    public IReadOnlyList<string> BaseDomains => _baseDomains;

    public HostMatch Resolve(string? hostHeader)
    {
        var host = Normalize(StripPort(hostHeader));
        if (host is null) return HostMatch.Malformed;
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];

        foreach (var baseDomain in _baseDomains)
        {
            if (host == baseDomain) return new HostMatch(HostKind.Apex, BaseDomain: baseDomain);
            if (!host.EndsWith("." + baseDomain, StringComparison.Ordinal)) continue;
            var label = host[..^(baseDomain.Length + 1)];
            if (label.Contains('.')) return HostMatch.Unknown;
            if (label == "admin") return new HostMatch(HostKind.Operator, BaseDomain: baseDomain);
            if (ReservedSlugs.Contains(label)) return HostMatch.Unknown;
            return new HostMatch(HostKind.Tenant, label, baseDomain);
        }
        return HostMatch.Unknown;
    }

    /// <summary>Address of a host under a base domain, keeping the caller's scheme and port (<c>http://mosina.localhost:5080</c>).</summary>
    public static string Url(string? label, string baseDomain, string scheme, int? port)
    {
        var host = label is null ? baseDomain : label + "." + baseDomain;
        return port is null || (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
            ? $"{scheme}://{host}"
            : $"{scheme}://{host}:{port}";
    }

    private static string? StripPort(string? host)
    {
        if (string.IsNullOrWhiteSpace(host)) return null;
        host = host.Trim();
        if (host.StartsWith('[')) return null; // IPv6 literals are never a gmina
        var colon = host.LastIndexOf(':');
        if (colon < 0) return host;
        var port = host[(colon + 1)..];
        return port.Length is > 0 and <= 5 && port.All(char.IsAsciiDigit) ? host[..colon] : null;
    }

    /// <summary>Lower-cases, drops a trailing dot, turns IDN into its ASCII (punycode) form and checks every label.</summary>
    internal static string? Normalize(string? host)
    {
        if (string.IsNullOrEmpty(host) || host.Length > MaxHostLength) return null;
        host = host.TrimEnd('.');
        string ascii;
        try { ascii = Idn.GetAscii(host).ToLowerInvariant(); }
        catch (ArgumentException) { return null; }
        if (ascii.Length is 0 or > MaxHostLength) return null;
        foreach (var label in ascii.Split('.'))
        {
            if (label.Length is 0 or > 63) return null;
            if (label[0] == '-' || label[^1] == '-') return null;
            if (!label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return null;
        }
        return ascii;
    }
}
