using Platforma.Web.Tenancy;

namespace Platforma.Web.Tests.Tenancy;

public class HostResolverShould
{
    private readonly HostResolver _resolver = new(["localhost", "platforma.example.pl"]);

    public static TheoryData<string?, HostKind, string?> Cases => new()
    {
        // gminy, with and without ports, in any case
        { "mosina.localhost", HostKind.Tenant, "mosina" },
        { "mosina.localhost:5080", HostKind.Tenant, "mosina" },
        { "MOSINA.LocalHost:5080", HostKind.Tenant, "mosina" },
        { "krzyz-wielkopolski.platforma.example.pl", HostKind.Tenant, "krzyz-wielkopolski" },
        { "srem.platforma.example.pl.", HostKind.Tenant, "srem" },            // trailing dot of a fully qualified name
        { "www.srem.platforma.example.pl", HostKind.Tenant, "srem" },         // www. is dropped once
        { "nieznana.localhost", HostKind.Tenant, "nieznana" },                // well-formed: the catalog decides it is unknown
        // the directory and the operator
        { "localhost", HostKind.Apex, null },
        { "localhost:5080", HostKind.Apex, null },
        { "www.platforma.example.pl", HostKind.Apex, null },
        { "platforma.example.pl:443", HostKind.Apex, null },
        { "admin.localhost:5080", HostKind.Operator, null },
        { "ADMIN.platforma.example.pl", HostKind.Operator, null },
        // not ours
        { "api.localhost", HostKind.Unknown, null },                          // reserved
        { "a.b.localhost", HostKind.Unknown, null },                          // two levels
        { "example.com", HostKind.Unknown, null },
        { "127.0.0.1:5080", HostKind.Unknown, null },
        { "platforma.example.pl.evil.com", HostKind.Unknown, null },
        { "xn--rem-bza.localhost", HostKind.Tenant, "xn--rem-bza" },          // punycode is a label like any other
        { "śrem.localhost", HostKind.Tenant, "xn--rem-bza" },                  // IDN input becomes its punycode form, never "srem"
        // malformed
        { null, HostKind.Malformed, null },
        { "", HostKind.Malformed, null },
        { "[::1]:5080", HostKind.Malformed, null },
        { "mosina.localhost:abc", HostKind.Malformed, null },
        { "mosina.localhost:123456", HostKind.Malformed, null },
        { "mosina_x.localhost", HostKind.Malformed, null },
        { "-mosina.localhost", HostKind.Malformed, null },
        { "mo sina.localhost", HostKind.Malformed, null },
        { "mosina..localhost", HostKind.Malformed, null },
        { new string('a', 64) + ".localhost", HostKind.Malformed, null },     // a label over 63
        { string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".localhost", HostKind.Malformed, null }, // over 253
    };

    [Theory, MemberData(nameof(Cases))]
    public void Resolve_hosts(string? host, HostKind kind, string? slug)
    {
        var match = _resolver.Resolve(host);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(slug, match.Slug);
    }

    [Fact]
    public void Prefer_the_longest_base_domain()
    {
        var resolver = new HostResolver(["example.pl", "gminy.example.pl"]);
        Assert.Equal(new HostMatch(HostKind.Tenant, "mosina", "gminy.example.pl"), resolver.Resolve("mosina.gminy.example.pl"));
        Assert.Equal(new HostMatch(HostKind.Apex, null, "gminy.example.pl"), resolver.Resolve("gminy.example.pl"));
    }

    [Fact]
    public void Refuse_a_base_domain_that_is_not_a_host_name() =>
        Assert.Throws<ArgumentException>(() => new HostResolver(["not a domain"]));
}
