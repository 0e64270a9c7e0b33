namespace RouteApi.Server.Security;

/// <summary>
/// One structured audit line per write (create, update, patch, delete, deletecollection): user,
/// verb, resource, namespace/name and the resulting code. Never the body: routes carry TLS keys.
/// </summary>
internal sealed partial class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
{
    private static readonly object NameKey = new();

    /// <summary>Records the name of an object a request created (its URL has none).</summary>
    public static void SetName(HttpContext context, string? name) => context.Items[NameKey] = name;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information)
                && AuthorizationMiddleware.RequestOf(context) is { Verb: "create" or "update" or "patch" or "delete" or "deletecollection" } request)
            {
                var name = request.Name.Length > 0 ? request.Name : context.Items[NameKey] as string ?? string.Empty;
                var user = AuthenticationMiddleware.RequiredUser(context).Name;
                Log.Write(logger, context.TraceIdentifier, user, request.Verb, request.ResourceWithSubresource, request.Namespace, name, context.Response.StatusCode);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4100, EventName = "Audit", Level = LogLevel.Information,
            Message = "Audit {RequestId} user={User} verb={Verb} resource={Resource} namespace={Namespace} name={Name} code={Code}")]
        public static partial void Write(ILogger logger, string requestId, string user, string verb, string resource, string @namespace, string name, int code);
    }
}
