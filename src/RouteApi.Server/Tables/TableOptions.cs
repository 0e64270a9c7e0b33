using RouteApi.Core.Validation;
using RouteApi.Server.Http;

namespace RouteApi.Server.Tables;

/// <summary>
/// A negotiated Table conversion (<c>Accept: application/json;as=Table;g=meta.k8s.io;v=v1</c> or
/// <c>v1beta1</c>): the Table's apiVersion, the route path whose objects are converted, and the raw
/// <c>includeObject</c> query value (<c>None</c>, <c>Metadata</c> — the default — or <c>Object</c>).
/// </summary>
internal sealed record TableOptions(string ApiVersion, ApiPath Api, string IncludeObject)
{
    public const string MetaGroup = "meta.k8s.io";
    public const string IncludeNone = "None";
    public const string IncludeMetadata = "Metadata";
    public const string IncludeObjectPolicy = "Object";

    /// <summary>The options for an Accept clause's <c>as</c>, <c>g</c> and <c>v</c>; null when the clause is not a Table we serve.</summary>
    public static TableOptions? FromClause(string? kind, string? group, string? version, ApiPath? api, IQueryCollection query)
    {
        if (api is null || kind != "Table" || group != MetaGroup || version is not ("v1" or "v1beta1"))
        {
            return null;
        }

        return new TableOptions(MetaGroup + "/" + version, api, query["includeObject"].FirstOrDefault() ?? string.Empty);
    }

    /// <summary>400 BadRequest, worded as kube's <c>ValidateTableOptions</c>, for an unknown <c>includeObject</c>.</summary>
    public void Validate()
    {
        if (IncludeObject is not ("" or IncludeNone or IncludeMetadata or IncludeObjectPolicy))
        {
            var error = FieldError.Invalid("includeObject", IncludeObject, "must be 'Metadata', 'Object', 'None', or empty");
            throw StatusErrors.BadRequest("Unable to convert to Table as requested: " + error);
        }
    }
}
