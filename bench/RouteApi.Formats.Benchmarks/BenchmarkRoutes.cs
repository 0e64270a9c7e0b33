using System.Text;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Benchmarks;

/// <summary>Benchmark data: a typical stored, admitted edge route, and lists of them.</summary>
internal static class BenchmarkRoutes
{
    private static readonly DateTimeOffset Created = new(2024, 5, 1, 12, 34, 56, TimeSpan.Zero);

    /// <summary>A route with labels, an annotation, edge TLS, a named port and one admitted ingress.</summary>
    public static Route Route(int index = 0) => new()
    {
        Kind = RouteApiNames.Kind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = new ObjectMeta
        {
            Name = $"frontend-{index}",
            Namespace = "demo",
            Uid = Guid.CreateVersion7(Created.AddSeconds(index)).ToString(),
            ResourceVersion = (1000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Generation = 1,
            CreationTimestamp = Created,
            Labels = new Dictionary<string, string> { ["app"] = "frontend", ["tier"] = "web" },
            Annotations = new Dictionary<string, string> { [RouteApiNames.HostGeneratedAnnotation] = "true" },
        },
        Spec = new RouteSpec
        {
            Host = $"frontend-{index}-demo.apps.example.com",
            Path = "/",
            To = new RouteTargetReference { Kind = "Service", Name = "frontend", Weight = 100 },
            Port = new RoutePort { TargetPort = IntOrString.FromString("https") },
            Tls = new TlsConfig { Termination = "edge", InsecureEdgeTerminationPolicy = "Redirect" },
            WildcardPolicy = "None",
        },
        Status = new RouteStatus
        {
            Ingress =
            [
                new RouteIngress
                {
                    Host = $"frontend-{index}-demo.apps.example.com",
                    RouterName = "default",
                    Conditions = [new RouteIngressCondition { Type = "Admitted", Status = "True", LastTransitionTime = Created }],
                    WildcardPolicy = "None",
                    RouterCanonicalHostname = "router-default.apps.example.com",
                },
            ],
        },
    };

    /// <summary>A list of <paramref name="count"/> routes, as a list response carries them (items without kind).</summary>
    public static RouteList List(int count) => new()
    {
        Kind = RouteApiNames.ListKind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = new ListMeta { ResourceVersion = "5000" },
        Items = [.. Enumerable.Range(0, count).Select(i => Route(i) with { Kind = null, ApiVersion = null })],
    };

    /// <summary>
    /// <see cref="Route"/> as the server stores it after a <c>kubectl create</c> and the router's
    /// admission: one managedFields entry for the spec and metadata, one for the status subresource.
    /// </summary>
    public static Route ManagedRoute(int index = 0)
    {
        var route = Route(index);
        return route with
        {
            Metadata = route.Metadata with
            {
                ManagedFields =
                [
                    Entry("kubectl-create", null, """{"f:metadata":{"f:annotations":{".":{},"f:openshift.io/host.generated":{}},"f:labels":{".":{},"f:app":{},"f:tier":{}}},"f:spec":{"f:host":{},"f:path":{},"f:port":{".":{},"f:targetPort":{}},"f:tls":{".":{},"f:insecureEdgeTerminationPolicy":{},"f:termination":{}},"f:to":{"f:kind":{},"f:name":{},"f:weight":{}},"f:wildcardPolicy":{}}}"""),
                    Entry("openshift-router", "status", """{"f:status":{"f:ingress":{}}}"""),
                ],
            },
        };
    }

    private static ManagedFieldsEntry Entry(string manager, string? subresource, string fields) => new()
    {
        Manager = manager,
        Operation = "Update",
        ApiVersion = RouteApiNames.GroupVersion,
        Time = Created,
        FieldsType = "FieldsV1",
        FieldsV1 = FieldsV1.Parse(Encoding.UTF8.GetBytes(fields)),
        Subresource = subresource,
    };
}
