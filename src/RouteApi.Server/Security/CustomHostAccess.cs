using RouteApi.Core.Model;
using RouteApi.Server.Registry;

namespace RouteApi.Server.Security;

/// <summary>The <c>routes/custom-host</c> access checks of one request, for the host and certificate rules.</summary>
internal static class CustomHostAccess
{
    /// <summary>Adds to <paramref name="options"/> the caller's custom-host permissions in <paramref name="namespace"/>.</summary>
    public static WriteOptions For(HttpContext context, WriteOptions options, string @namespace)
    {
        var user = AuthenticationMiddleware.UserOf(context);
        var policy = context.RequestServices.GetRequiredService<SecurityState>().Policy;
        return user is null
            ? options
            : options with
            {
                CustomHost = verb => policy.Allows(user, new AccessRequest(verb, RouteApiNames.Group, RouteApiNames.Resource, "custom-host", @namespace, string.Empty)),
            };
    }
}
