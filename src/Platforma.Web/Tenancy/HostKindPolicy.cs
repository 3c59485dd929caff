using Microsoft.AspNetCore.Routing.Matching;

namespace Platforma.Web.Tenancy;

/// <summary>Endpoint metadata: this endpoint answers only on hosts of this kind (directory, operator or gmina).</summary>
public sealed record ForHostMetadata(HostKind Kind);

/// <summary>
/// Lets the same path mean different pages on different hosts (<c>/</c> is the directory, the operator's dashboard
/// or a gmina's home page): candidates whose <see cref="ForHostMetadata"/> does not match the resolved host drop out.
/// </summary>
internal sealed class HostKindPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<ForHostMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var kind = httpContext.RequestServices.GetRequiredService<CurrentTenant>().Host.Kind;
        for (var i = 0; i < candidates.Count; i++)
        {
            var required = candidates[i].Endpoint.Metadata.GetMetadata<ForHostMetadata>();
            if (required is not null && required.Kind != kind) candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}

public static class HostKindEndpointExtensions
{
    public static TBuilder ForHost<TBuilder>(this TBuilder builder, HostKind kind) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ForHostMetadata(kind));
}
