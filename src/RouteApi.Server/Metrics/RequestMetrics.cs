using System.Collections.Concurrent;
using Microsoft.AspNetCore.Routing;
using Prometheus;
using RouteApi.Core.Model;
using RouteApi.Server.Security;

namespace RouteApi.Server.Metrics;

/// <summary>
/// The request metrics: <c>apiserver_request_total</c>, <c>apiserver_request_duration_seconds</c>,
/// <c>apiserver_current_inflight_requests</c> and <c>apiserver_longrunning_requests</c>. A route
/// request is labelled from the <see cref="AccessRequest"/> authorization recorded; any other
/// request (discovery, OpenAPI, health, <c>/metrics</c>, or one rejected before routing) gets its
/// HTTP method and the matched route template, as kube labels non-resource requests by path.
/// </summary>
internal sealed class RequestMetrics
{
    private const string ApplyPatchMediaType = "application/apply-patch+yaml";

    private readonly RequestMetricFamilies _families;
    private readonly ConcurrentDictionary<RequestShapeKey, RequestShape> _shapes = new();

    public RequestMetrics(MetricsRegistry registry)
    {
        _families = new RequestMetricFamilies(registry.Factory);
        ReadOnlyInFlight = _families.InFlight.WithLabels("readOnly");
        MutatingInFlight = _families.InFlight.WithLabels("mutating");
    }

    public Gauge.Child ReadOnlyInFlight { get; }

    public Gauge.Child MutatingInFlight { get; }

    /// <summary>The in-flight gauge of a request, chosen by method before anything else is known (GET and HEAD read).</summary>
    public Gauge.Child InFlightOf(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? ReadOnlyInFlight : MutatingInFlight;

    /// <summary>Counts a finished request and observes its duration.</summary>
    public void Record(HttpContext context, int code, TimeSpan elapsed)
    {
        var shape = ShapeOf(context);
        shape.Code(code).Inc();
        shape.Duration.Observe(elapsed.TotalSeconds);
    }

    /// <summary>The shape of a request; call it after routing and authorization have run.</summary>
    public RequestShape ShapeOf(HttpContext context)
    {
        var key = AuthorizationMiddleware.RequestOf(context) is { } request
            ? ResourceKey(request, context.Request)
            : NonResourceKey(context);
        return _shapes.TryGetValue(key, out var shape) ? shape : _shapes.GetOrAdd(key, k => new RequestShape(_families, k));
    }

    private static RequestShapeKey ResourceKey(AccessRequest request, HttpRequest http)
    {
        // kube's CleanScope: a named object (or a create) is "resource", then the namespace, then the cluster.
        var scope = request.Name.Length > 0 || request.Verb == "create" ? "resource" : request.Namespace.Length > 0 ? "namespace" : "cluster";
        return new RequestShapeKey(ReportedVerb(request.Verb, http), request.Group, RouteApiNames.Version, RouteApiNames.Resource, request.Subresource, scope);
    }

    private static RequestShapeKey NonResourceKey(HttpContext context)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? string.Empty;
        return new RequestShapeKey(MethodVerb(context.Request.Method), string.Empty, string.Empty, string.Empty, template, string.Empty);
    }

    /// <summary>kube reports verbs in upper case, and a PATCH with the apply content type as APPLY.</summary>
    private static string ReportedVerb(string verb, HttpRequest http) => verb switch
    {
        "get" => "GET",
        "list" => "LIST",
        "watch" => "WATCH",
        "create" => "CREATE",
        "update" => "UPDATE",
        "patch" => IsApply(http) ? "APPLY" : "PATCH",
        "delete" => "DELETE",
        "deletecollection" => "DELETECOLLECTION",
        _ => "other",
    };

    private static bool IsApply(HttpRequest http) =>
        http.ContentType?.StartsWith(ApplyPatchMediaType, StringComparison.OrdinalIgnoreCase) == true;

    // Only known methods become label values, so a client cannot mint new series with made-up methods.
    private static string MethodVerb(string method) =>
        HttpMethods.IsGet(method) ? "GET"
        : HttpMethods.IsHead(method) ? "HEAD"
        : HttpMethods.IsPost(method) ? "POST"
        : HttpMethods.IsPut(method) ? "PUT"
        : HttpMethods.IsPatch(method) ? "PATCH"
        : HttpMethods.IsDelete(method) ? "DELETE"
        : HttpMethods.IsOptions(method) ? "OPTIONS"
        : "other";
}
