using RouteApi.Core.Model;
using RouteApi.Server.Http;

namespace RouteApi.Server.Security;

/// <summary>
/// Bearer-token authentication for every path but the health probes and <c>/version</c>. A missing,
/// malformed or unknown token answers 401 Status <c>Unauthorized</c>; an accepted one is removed
/// from the request (as kube-apiserver does) and its user attached. Tokens are never logged.
/// </summary>
internal sealed class AuthenticationMiddleware(RequestDelegate next, SecurityState security)
{
    private static readonly object UserKey = new();
    private static readonly HashSet<string> PublicPaths = new(StringComparer.Ordinal) { "/healthz", "/livez", "/readyz", "/version" };

    public static UserInfo? UserOf(HttpContext context) => context.Items[UserKey] as UserInfo;

    public static UserInfo RequiredUser(HttpContext context) =>
        UserOf(context) ?? throw new InvalidOperationException("the request was not authenticated");

    public Task InvokeAsync(HttpContext context)
    {
        if (PublicPaths.Contains(context.Request.Path.Value ?? string.Empty))
        {
            return next(context);
        }

        var user = BearerToken(context.Request) is { } token ? security.Tokens.Authenticate(token) : null;
        if (user is null)
        {
            // kube-apiserver sends no WWW-Authenticate header with its 401.
            return new StatusResult(new Status { Result = "Failure", Message = "Unauthorized", Reason = "Unauthorized", Code = StatusCodes.Status401Unauthorized })
                .ExecuteAsync(context);
        }

        context.Items[UserKey] = user;
        context.Request.Headers.Authorization = default;
        return next(context);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (header.Length <= Scheme.Length || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Scheme.Length..];
        return token.Length == 0 || char.IsWhiteSpace(token[0]) || token.Contains(' ', StringComparison.Ordinal) ? null : token;
    }
}
