using System.Net;
using RouteApi.Core.Model;
using RouteApi.Core.Selectors;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;

namespace RouteApi.Server.Security;

/// <summary>
/// Authorizes each resource request against the policy (user and groups × verb × resource ×
/// namespace); a denial answers 403 Status with kube-apiserver's message. Non-resource paths
/// (discovery, OpenAPI) are open to every authenticated user, as kube's system:discovery role.
/// </summary>
internal sealed class AuthorizationMiddleware(RequestDelegate next, SecurityState security)
{
    private static readonly object RequestKey = new();

    /// <summary>The authorized request, for the audit log.</summary>
    public static AccessRequest? RequestOf(HttpContext context) => context.Items[RequestKey] as AccessRequest;

    public Task InvokeAsync(HttpContext context)
    {
        var user = AuthenticationMiddleware.UserOf(context);
        var endpoint = context.GetEndpoint();
        var operation = endpoint?.Metadata.GetMetadata<ApiOperation>();
        var api = endpoint?.Metadata.GetMetadata<ApiPath>();
        if (user is null || operation is null || api is null)
        {
            return next(context);
        }

        var request = Describe(context.Request, operation, api);
        if (!security.Policy.Allows(user, request))
        {
            return new StatusResult(Forbidden(user, request, api)).ExecuteAsync(context);
        }

        context.Items[RequestKey] = request;
        return next(context);
    }

    /// <summary>kube's 403: names the user, verb, resource, group and namespace (or the cluster scope), HTML-escaped.</summary>
    public static Status Forbidden(UserInfo user, AccessRequest request, ApiPath api)
    {
        var subject = request.Name.Length > 0 ? $"{api.QualifiedResource} \"{request.Name}\" is forbidden" : $"{api.QualifiedResource} is forbidden";
        var scope = request.Namespace.Length > 0 ? $"in the namespace \"{request.Namespace}\"" : "at the cluster scope";
        var message = $"{subject}: User \"{user.Name}\" cannot {request.Verb} resource \"{request.ResourceWithSubresource}\" in API group \"{request.Group}\" {scope}";
        return new Status
        {
            Result = "Failure",
            Message = WebUtility.HtmlEncode(message).Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&#39;", "'", StringComparison.Ordinal),
            Reason = "Forbidden",
            Details = new StatusDetails { Name = request.Name.Length > 0 ? request.Name : null, Group = api.DetailsGroup, Kind = RouteApiNames.Resource },
            Code = StatusCodes.Status403Forbidden,
        };
    }

    private static AccessRequest Describe(HttpRequest request, ApiOperation operation, ApiPath api)
    {
        var verb = operation.Verb == ApiOperation.ListOrWatch ? (ListOptions.IsWatch(request.Query) ? "watch" : "list") : operation.Verb;
        var name = request.RouteValues["name"] as string ?? string.Empty;
        if (name.Length == 0 && verb is "list" or "watch")
        {
            // A list or watch of one object by field selector names it, so the request carries the name.
            name = SelectedName(request.Query["fieldSelector"]) ?? string.Empty;
        }

        var @namespace = request.RouteValues["namespace"] as string ?? string.Empty;
        return new AccessRequest(verb, api.Group, RouteApiNames.Resource, operation.Subresource, @namespace, name);
    }

    private static string? SelectedName(string? fieldSelector)
    {
        try
        {
            return FieldSelector.Parse(fieldSelector).TryGetRequiredValue(RouteFields.MetadataName, out var name) ? name : null;
        }
        catch (SelectorParseException)
        {
            // The handler answers 400 for the bad selector; here it only means "no name".
            return null;
        }
    }
}
