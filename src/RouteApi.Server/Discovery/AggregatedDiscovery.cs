using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using RouteApi.Core.Model;

namespace RouteApi.Server.Discovery;

/// <summary>
/// Aggregated discovery (k8s-api-conventions §9.2): <c>/api</c> and <c>/apis</c> answer an
/// <c>APIGroupDiscoveryList</c> when the first Accept clause the server can serve asks for one
/// (<c>application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList</c>, or <c>v2beta1</c>),
/// so client-go learns every resource in two requests. The core group has no resources here, so
/// <c>/api</c> answers an empty list.
/// </summary>
internal static class AggregatedDiscovery
{
    public const string Group = "apidiscovery.k8s.io";
    public const string ListKind = "APIGroupDiscoveryList";

    /// <summary>
    /// The aggregated-discovery version (<c>v2</c> or <c>v2beta1</c>) the Accept header prefers, or
    /// null when a plain clause comes first (or nothing matches: plain negotiation then decides).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var clauses))
        {
            return null;
        }

        // Highest q first; OrderBy is stable, so clauses of equal quality keep the client's order.
        foreach (var clause in clauses.OrderByDescending(c => c.Quality ?? 1).Where(c => c.Quality is not 0))
        {
            var asKind = Parameter(clause, "as");
            if (asKind is null)
            {
                return null;
            }

            var version = Parameter(clause, "v");
            if (asKind == ListKind && Parameter(clause, "g") == Group && version is "v2" or "v2beta1"
                && string.Equals(clause.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>The Content-Type of an aggregated answer.</summary>
    public static string ContentType(string version) => $"application/json;g={Group};v={version};as={ListKind}";

    /// <summary>The <c>/apis</c> document: the route group with its one version.</summary>
    public static APIGroupDiscoveryList Apis(string version) => new()
    {
        ApiVersion = Group + "/" + version,
        Items =
        [
            new APIGroupDiscovery
            {
                Metadata = new ObjectMeta { Name = RouteApiNames.Group },
                Versions = [new APIVersionDiscovery { Version = RouteApiNames.Version, Resources = [Routes()], Freshness = "Current" }],
            },
        ],
    };

    /// <summary>The <c>/api</c> document: no core group resources.</summary>
    public static APIGroupDiscoveryList Api(string version) => new() { ApiVersion = Group + "/" + version };

    private static APIResourceDiscovery Routes()
    {
        var kind = new GroupVersionKind { Group = RouteApiNames.Group, Version = RouteApiNames.Version, Kind = RouteApiNames.Kind };
        return new APIResourceDiscovery
        {
            Resource = RouteApiNames.Resource,
            ResponseKind = kind,
            Scope = "Namespaced",
            SingularResource = RouteApiNames.SingularResource,
            Verbs = DiscoveryDocuments.RouteVerbs,
            Categories = ["all"],
            Subresources = [new APISubresourceDiscovery { Subresource = "status", ResponseKind = kind, Verbs = DiscoveryDocuments.StatusVerbs }],
        };
    }

    private static string? Parameter(MediaTypeHeaderValue clause, string name) =>
        clause.Parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Value;
}
