using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using RouteApi.Server.Http;
using RouteApi.Server.Security;
using RouteApiNames = RouteApi.Core.Model.RouteApiNames;

namespace RouteApi.Server.Endpoints;

/// <summary>
/// <c>POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews</c>: answers whether the caller
/// may do what the review describes, so <c>kubectl auth can-i</c> works. Nothing is stored.
/// </summary>
internal static class AccessReviewEndpoints
{
    public const string Path = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

    public static IEndpointRouteBuilder MapAccessReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, ReviewAsync);
        return endpoints;
    }

    private static async Task<IResult> ReviewAsync(HttpContext context, SecurityState security, CancellationToken cancellationToken)
    {
        var user = AuthenticationMiddleware.RequiredUser(context);
        var body = await RequestBody.ReadAsync(context.Request, cancellationToken);
        JsonObject review;
        try
        {
            // kubectl sends built-in kinds such as this one as protobuf.
            review = context.Request.ContentType?.StartsWith("application/vnd.kubernetes.protobuf", StringComparison.OrdinalIgnoreCase) == true
                ? AccessReviewProtobuf.Read(body.Span)
                : JsonNode.Parse(body.Span) as JsonObject ?? throw StatusErrors.BadRequest("the body must be a SelfSubjectAccessReview object");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or OverflowException)
        {
            throw StatusErrors.BadRequest("SelfSubjectAccessReview in version \"v1\" cannot be handled as a SelfSubjectAccessReview: " + e.Message);
        }

        var allowed = Decide(user, security.Policy, review["spec"] as JsonObject);
        review["apiVersion"] = "authorization.k8s.io/v1";
        review["kind"] = "SelfSubjectAccessReview";
        review["metadata"] = new JsonObject { ["creationTimestamp"] = null };
        review["status"] = allowed
            ? new JsonObject { ["allowed"] = true }
            : new JsonObject { ["allowed"] = false, ["reason"] = "no binding grants it" };
        return Results.Text(review.ToJsonString() + "\n", "application/json", statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Route resources are checked against the policy; other resources only cluster-admins have; reading non-resource paths everybody authenticated may.</summary>
    private static bool Decide(UserInfo user, AuthorizationPolicy policy, JsonObject? spec)
    {
        if (spec?["resourceAttributes"] is JsonObject attributes)
        {
            var request = new AccessRequest(
                Text(attributes, "verb"), Text(attributes, "group"), Text(attributes, "resource"),
                Text(attributes, "subresource"), Text(attributes, "namespace"), Text(attributes, "name"));
            var isRoutes = request.Resource == RouteApiNames.Resource && request.Group is RouteApiNames.Group or "" or "*";
            return user.IsInGroup(UserInfo.MastersGroup) || (isRoutes && policy.Allows(user, request));
        }

        return spec?["nonResourceAttributes"] is JsonObject nonResource && Text(nonResource, "verb") == "get" || user.IsInGroup(UserInfo.MastersGroup);
    }

    private static string Text(JsonObject attributes, string name) => attributes[name]?.GetValue<string>() ?? string.Empty;
}
