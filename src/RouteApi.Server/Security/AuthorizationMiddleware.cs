using RouteApi.Core.Model;
using RouteApi.Core.Selectors;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;

namespace RouteApi.Server.Security;

/// <summary>
/// Authorizes each resource request against the policy (user and groups × verb × resource ×
/// namespace); a denial answers 403 Status with kube-apiserver's message. Non-resource paths
/// (discovery, OpenAPI) are open to every authenticated user, as kube's system:discovery role,
/// except those marked with <see cref="NonResourceOperation"/> (<c>/metrics</c>), which the policy decides.
/// </summary>
internal sealed class AuthorizationMiddleware(RequestDelegate next, SecurityState security)
{
    private static readonly object RequestKey = new();

    /// <summary>The request as authorized (allowed or denied), for the audit log.</summary>
    public static AccessRequest? RequestOf(HttpContext context) => context.Items[RequestKey] as AccessRequest;

    public Task InvokeAsync(HttpContext context)
    {
        var user = AuthenticationMiddleware.UserOf(context);
        var endpoint = context.GetEndpoint();
        if (user is not null && endpoint?.Metadata.GetMetadata<NonResourceOperation>() is { } guarded)
        {
            return security.Policy.AllowsNonResource(user, guarded)
                ? next(context)
                : new StatusResult(ForbiddenPath(user, guarded)).ExecuteAsync(context);
        }

        var operation = endpoint?.Metadata.GetMetadata<ApiOperation>();
        var api = endpoint?.Metadata.GetMetadata<ApiPath>();
        if (user is null || operation is null || api is null)
        {
            return next(context);
        }

        // Recorded before the decision, so the audit line of a denied write names what was asked.
        var request = Describe(context.Request, operation, api);
        context.Items[RequestKey] = request;
        return security.Policy.Allows(user, request)
            ? next(context)
            : new StatusResult(Forbidden(user, request, api)).ExecuteAsync(context);
    }

    /// <summary>
    /// kube's 403: names the user, verb, resource, group and namespace (or the cluster scope), with
    /// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped as kube-apiserver's sanitizer does (nothing else).
    /// </summary>
    public static Status Forbidden(UserInfo user, AccessRequest request, ApiPath api)
    {
        var subject = request.Name.Length > 0 ? $"{api.QualifiedResource} \"{request.Name}\" is forbidden" : $"{api.QualifiedResource} is forbidden";
        var scope = request.Namespace.Length > 0 ? $"in the namespace \"{request.Namespace}\"" : "at the cluster scope";
        var message = $"{subject}: User \"{user.Name}\" cannot {request.Verb} resource \"{request.ResourceWithSubresource}\" in API group \"{request.Group}\" {scope}";
        return new Status
        {
            Result = "Failure",
            Message = message.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal),
            Reason = "Forbidden",
            Details = new StatusDetails { Name = request.Name.Length > 0 ? request.Name : null, Group = api.DetailsGroup, Kind = RouteApiNames.Resource },
            Code = StatusCodes.Status403Forbidden,
        };
    }

    /// <summary>kube's 403 for a non-resource URL: <c>forbidden: User "x" cannot get path "/metrics"</c>, with empty details.</summary>
    public static Status ForbiddenPath(UserInfo user, NonResourceOperation operation) => new()
    {
        Result = "Failure",
        Message = $"forbidden: User \"{user.Name}\" cannot {operation.Verb} path \"{operation.Path}\"",
        Reason = "Forbidden",
        Details = new StatusDetails(),
        Code = StatusCodes.Status403Forbidden,
    };

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
