namespace RouteApi.Server.Metrics;

/// <summary>
/// Counts and times every request once it has ended, with the code the client received: it runs
/// outermost, so errors written by the exception handler and the status pages are counted as sent.
/// A watch is counted when its stream ends, as kube-apiserver does.
/// </summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, RequestMetrics metrics, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = timeProvider.GetTimestamp();
        var inFlight = metrics.InFlightOf(context.Request);
        inFlight.Inc();
        var code = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            code = context.Response.StatusCode;
        }
        finally
        {
            inFlight.Dec();
            metrics.Record(context, code, timeProvider.GetElapsedTime(start));
        }
    }
}
