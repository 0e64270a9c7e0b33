namespace RouteApi.Server.Security;

/// <summary>
/// One structured line per request, carrying its audit id and user. A write (create, update, patch,
/// delete, deletecollection) gets an <c>Audit</c> line with verb, resource, namespace/name and code;
/// any other request a <c>Request</c> line with method, path and code: at Information when it failed
/// (4xx/5xx), at Debug when it succeeded (as kube-apiserver, which logs no successful reads at its
/// default verbosity: one console line per GET would cost a fifth of the read throughput), and at
/// Debug for the health probes, which would otherwise fill the log. Never the body (routes carry TLS keys), the query string
/// or a header: credentials have no business in either, but a client may still put one there.
/// </summary>
internal sealed partial class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
{
    /// <summary>The request's id, as kube-apiserver sends it back (and accepts it from a client or proxy).</summary>
    public const string AuditIdHeader = "Audit-ID";

    private const string AnonymousUser = "system:anonymous";

    private static readonly object NameKey = new();
    private static readonly HashSet<string> ProbePaths = new(StringComparer.Ordinal) { "/healthz", "/livez", "/readyz" };
    private static readonly Func<ILogger, string, IDisposable?> AuditScope = LoggerMessage.DefineScope<string>("AuditId:{AuditId}");

    /// <summary>Records the name of an object a request created (its URL has none).</summary>
    public static void SetName(HttpContext context, string? name) => context.Items[NameKey] = name;

    public async Task InvokeAsync(HttpContext context)
    {
        var auditId = AuditId.FromRequest(context.Request.Headers) ?? Guid.NewGuid().ToString();

        // Every later log line of the request (errors included) names it by this id.
        context.TraceIdentifier = auditId;

        // At response start, not now: the exception handler clears the headers of a failed request.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[AuditIdHeader] = auditId;
            return Task.CompletedTask;
        });
        using var scope = AuditScope(logger, auditId);
        try
        {
            await next(context);
        }
        finally
        {
            Write(context, auditId);
        }
    }

    private void Write(HttpContext context, string auditId)
    {
        var user = AuthenticationMiddleware.UserOf(context)?.Name ?? AnonymousUser;
        var code = context.Response.StatusCode;
        if (AuthorizationMiddleware.RequestOf(context) is { Verb: "create" or "update" or "patch" or "delete" or "deletecollection" } request)
        {
            var name = request.Name.Length > 0 ? request.Name : context.Items[NameKey] as string ?? string.Empty;
            Log.Write(logger, auditId, user, request.Verb, request.ResourceWithSubresource, request.Namespace, name, code);
        }
        else if (ProbePaths.Contains(context.Request.Path.Value ?? string.Empty))
        {
            Log.Probe(logger, auditId, user, context.Request.Method, context.Request.Path.Value!, code);
        }
        else
        {
            var verb = AuthorizationMiddleware.RequestOf(context)?.Verb ?? string.Empty;
            var level = code >= StatusCodes.Status400BadRequest ? LogLevel.Information : LogLevel.Debug;
            Log.Request(logger, level, auditId, user, verb, context.Request.Method, context.Request.Path.Value ?? string.Empty, code);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4100, EventName = "Audit", Level = LogLevel.Information,
            Message = "Audit {RequestId} user={User} verb={Verb} resource={Resource} namespace={Namespace} name={Name} code={Code}")]
        public static partial void Write(ILogger logger, string requestId, string user, string verb, string resource, string @namespace, string name, int code);

        [LoggerMessage(EventId = 4101, EventName = "Request",
            Message = "Request {RequestId} user={User} verb={Verb} method={Method} path={Path} code={Code}")]
        public static partial void Request(ILogger logger, LogLevel level, string requestId, string user, string verb, string method, string path, int code);

        [LoggerMessage(EventId = 4102, EventName = "Probe", Level = LogLevel.Debug,
            Message = "Request {RequestId} user={User} method={Method} path={Path} code={Code}")]
        public static partial void Probe(ILogger logger, string requestId, string user, string method, string path, int code);
    }
}
