using System.Globalization;
using System.Text;

namespace RouteApi.Server.Health;

/// <summary>
/// One of <c>/livez</c>, <c>/readyz</c>, <c>/healthz</c> with its checks, answering as kube-apiserver's
/// healthz handler does: 200 <c>ok</c> when every check passes (with <c>?verbose</c>, one
/// <c>[+]name ok</c> line per check and <c>&lt;probe&gt; check passed</c>), and 500 with the check
/// lines, <c>[-]name failed: reason withheld</c> for each failure, and <c>&lt;probe&gt; check failed</c>
/// when any fails. <c>?exclude=name</c> (repeatable) skips a check.
/// </summary>
internal sealed partial class HealthProbe(string name, IReadOnlyList<IHealthCheck> checks)
{
    /// <summary>The probe's name and path segment, e.g. <c>readyz</c>.</summary>
    public string Name => name;

    /// <summary>The checks, in the order they run and are listed.</summary>
    public IReadOnlyList<IHealthCheck> Checks => checks;

    /// <summary>Runs the checks not excluded and writes the kube-format answer.</summary>
    public async Task ServeAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var excluded = new HashSet<string>(context.Request.Query["exclude"].OfType<string>(), StringComparer.Ordinal);
        var lines = new StringBuilder();
        var failures = new List<string>();
        foreach (var check in checks)
        {
            if (excluded.Remove(check.Name))
            {
                lines.Append(CultureInfo.InvariantCulture, $"[+]{check.Name} excluded: ok\n");
                continue;
            }

            var reason = await RunAsync(check, cancellationToken);
            if (reason is null)
            {
                lines.Append(CultureInfo.InvariantCulture, $"[+]{check.Name} ok\n");
            }
            else
            {
                // The root paths are public: the reason goes to the log and the check's own path only.
                lines.Append(CultureInfo.InvariantCulture, $"[-]{check.Name} failed: reason withheld\n");
                failures.Add($"{check.Name}: {reason}");
            }
        }

        if (excluded.Count > 0)
        {
            var unknown = string.Join(",", excluded.Order(StringComparer.Ordinal).Select(Quote));
            lines.Append(CultureInfo.InvariantCulture, $"warn: some health checks cannot be excluded: no matches for {unknown}\n");
            var logger = Logger(context);
            Log.UnknownExclusions(logger, name, unknown);
        }

        if (failures.Count > 0)
        {
            var logger = Logger(context);
            var summary = string.Join("; ", failures);
            Log.ProbeFailed(logger, name, summary);

            await WriteAsync(context, StatusCodes.Status500InternalServerError, lines.Append(CultureInfo.InvariantCulture, $"{name} check failed\n").ToString());
        }
        else
        {
            var verbose = context.Request.Query.ContainsKey("verbose");
            await WriteAsync(context, StatusCodes.Status200OK, verbose ? lines.Append(CultureInfo.InvariantCulture, $"{name} check passed\n").ToString() : "ok");
        }
    }

    /// <summary>
    /// Serves <c>/&lt;probe&gt;/&lt;check&gt;</c>: 200 <c>ok</c>, or 500 <c>internal server error: reason</c>.
    /// These paths need a token (as kube's, which only <c>system:monitoring</c> may read), so the reason is shown.
    /// </summary>
    public static async Task ServeCheckAsync(HttpContext context, IHealthCheck check)
    {
        var reason = await RunAsync(check, context.RequestAborted);
        await (reason is null
            ? WriteAsync(context, StatusCodes.Status200OK, "ok")
            : WriteAsync(context, StatusCodes.Status500InternalServerError, $"internal server error: {reason}\n"));
    }

    private static async ValueTask<string?> RunAsync(IHealthCheck check, CancellationToken cancellationToken)
    {
        try
        {
            return await check.CheckAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A check that throws (a store call timing out, say) has failed; it must not turn into a 500 Status.
            return e.Message;
        }
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
    }

    // Go's %q, enough for names: quotes, backslashes and control characters escaped.
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' or '\\' => quoted.Append('\\').Append(c),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<HealthProbe>();

    private static partial class Log
    {
        [LoggerMessage(EventId = 4700, EventName = nameof(ProbeFailed), Level = LogLevel.Information,
            Message = "{Probe} check failed: {Failures}")]
        public static partial void ProbeFailed(ILogger logger, string probe, string failures);

        [LoggerMessage(EventId = 4701, EventName = nameof(UnknownExclusions), Level = LogLevel.Warning,
            Message = "{Probe}: cannot exclude some health checks, none is named {Names}")]
        public static partial void UnknownExclusions(ILogger logger, string probe, string names);
    }
}
