using RouteApi.Core.Model;

namespace RouteApi.Formats.Golden.Tests;

/// <summary>The golden cases; their expected bytes live in <c>testdata/&lt;name&gt;/</c>.</summary>
internal static class GoldenCases
{
    public const string WatchEvent = "watch-event";

    public static readonly DateTimeOffset Created = new(2024, 5, 1, 12, 34, 56, TimeSpan.Zero);

    public static readonly DateTimeOffset Admitted = new(2024, 5, 1, 12, 35, 7, TimeSpan.Zero);

    public static IReadOnlyList<GoldenCase> All { get; } =
    [
        new GoldenCase<Route>("plain-route", PlainRoute),
        new GoldenCase<Route>("edge-route", EdgeRoute),
        new GoldenCase<Route>("alternate-backends", AlternateBackends),
        new GoldenCase<Route>("route-status", RouteWithStatus),
        new GoldenCase<RouteList>("route-list", RouteList),
        new GoldenCase<Status>("status-error", StatusError),
    ];

    public static GoldenCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>
    /// No host (so protobuf writes spec.host as an empty field 1), target <c>svc</c> and port 8080;
    /// a label and an annotation whose values look like a number and a boolean.
    /// </summary>
    public static Route PlainRoute() => new()
    {
        Kind = RouteApiNames.Kind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = Stored("plain", "4f1c2a9e-8d3b-4c57-9a61-0e2b7d5c3f10", "1001") with
        {
            Labels = new Dictionary<string, string> { ["app"] = "plain", ["version"] = "1.10" },
            Annotations = new Dictionary<string, string> { [RouteApiNames.HostGeneratedAnnotation] = "true" },
        },
        Spec = new RouteSpec
        {
            To = new RouteTargetReference { Kind = "Service", Name = "svc", Weight = 100 },
            Port = new RoutePort { TargetPort = IntOrString.FromInt(8080) },
            WildcardPolicy = "None",
        },
    };

    /// <summary>Edge TLS with the example certificate, key and CA (multi-line PEM text).</summary>
    public static Route EdgeRoute() => new()
    {
        Kind = RouteApiNames.Kind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = Stored("www-edge", "0b9e5a8c-3f6d-4e21-b7a4-92c1d8e6f053", "1002"),
        Spec = new RouteSpec
        {
            Host = "www.example.com",
            To = new RouteTargetReference { Kind = "Service", Name = "frontend", Weight = 100 },
            Tls = new TlsConfig
            {
                Termination = "edge",
                Certificate = Pem("www.example.com.crt"),
                Key = Pem("www.example.com.key"),
                CaCertificate = Pem("ca.crt"),
                InsecureEdgeTerminationPolicy = "Redirect",
            },
            WildcardPolicy = "None",
        },
    };

    /// <summary>Weighted alternate backends (one with weight 0) and a named target port.</summary>
    public static Route AlternateBackends() => new()
    {
        Kind = RouteApiNames.Kind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = Stored("shop", "7d3e9b21-5c4a-4f8e-a0b6-3c2d1e9f8a47", "1003"),
        Spec = new RouteSpec
        {
            Host = "shop.example.com",
            Path = "/cart",
            To = new RouteTargetReference { Kind = "Service", Name = "shop-v1", Weight = 80 },
            AlternateBackends =
            [
                new RouteTargetReference { Kind = "Service", Name = "shop-v2", Weight = 20 },
                new RouteTargetReference { Kind = "Service", Name = "shop-canary", Weight = 0 },
            ],
            Port = new RoutePort { TargetPort = IntOrString.FromString("http") },
            WildcardPolicy = "None",
        },
    };

    /// <summary>Two routers' status entries, with conditions and lastTransitionTime.</summary>
    public static Route RouteWithStatus() => new()
    {
        Kind = RouteApiNames.Kind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = Stored("frontend", "c5a8f2e1-9b7d-4a36-8e14-6f0b3d2c9a58", "1004"),
        Spec = new RouteSpec
        {
            Host = "www.example.com",
            Path = "/",
            To = new RouteTargetReference { Kind = "Service", Name = "frontend", Weight = 100 },
            WildcardPolicy = "None",
        },
        Status = new RouteStatus
        {
            Ingress =
            [
                new RouteIngress
                {
                    Host = "www.example.com",
                    RouterName = "default",
                    Conditions = [new RouteIngressCondition { Type = "Admitted", Status = "True", LastTransitionTime = Admitted }],
                    WildcardPolicy = "None",
                    RouterCanonicalHostname = "router-default.apps.example.com",
                },
                new RouteIngress
                {
                    Host = "www.example.com",
                    RouterName = "sharded",
                    Conditions =
                    [
                        new RouteIngressCondition
                        {
                            Type = "Admitted",
                            Status = "False",
                            Reason = "HostAlreadyClaimed",
                            Message = "route frontend already exposes www.example.com and is older",
                            LastTransitionTime = Admitted,
                        },
                    ],
                    WildcardPolicy = "None",
                },
            ],
        },
    };

    /// <summary>A page of two routes (items carry no kind), with header actions on the second.</summary>
    public static RouteList RouteList() => new()
    {
        Kind = RouteApiNames.ListKind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = new ListMeta { ResourceVersion = "1010", Continue = "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTAxMCwic3RhcnQiOiJzaG9wXHUwMDAwIn0", RemainingItemCount = 3 },
        Items =
        [
            PlainRoute() with { Kind = null, ApiVersion = null },
            AlternateBackends() with
            {
                Kind = null,
                ApiVersion = null,
                Spec = AlternateBackends().Spec with
                {
                    HttpHeaders = new RouteHttpHeaders
                    {
                        Actions = new RouteHttpHeaderActions
                        {
                            Response = [new RouteHttpHeader { Name = "X-Frame-Options", Action = new RouteHttpHeaderActionUnion { Type = "Set", Set = new RouteSetHttpHeader { Value = "DENY" } } }],
                            Request = [new RouteHttpHeader { Name = "X-Debug", Action = new RouteHttpHeaderActionUnion { Type = "Delete" } }],
                        },
                    },
                },
            },
        ],
    };

    /// <summary>A 422 Invalid with two field causes.</summary>
    public static Status StatusError() => new()
    {
        Result = "Failure",
        Message = "Route.route.openshift.io \"bad\" is invalid: [spec.host: Invalid value: \"-x\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), spec.to.name: Required value]",
        Reason = "Invalid",
        Details = new StatusDetails
        {
            Name = "bad",
            Group = RouteApiNames.Group,
            Kind = RouteApiNames.Kind,
            Causes =
            [
                new StatusCause
                {
                    Reason = "FieldValueInvalid",
                    Message = "Invalid value: \"-x\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                    Field = "spec.host",
                },
                new StatusCause { Reason = "FieldValueRequired", Message = "Required value", Field = "spec.to.name" },
            ],
        },
        Code = 422,
    };

    /// <summary>The route of the <c>watch-event</c> case (an ADDED event).</summary>
    public static Route WatchedRoute() => PlainRoute();

    private static ObjectMeta Stored(string name, string uid, string resourceVersion) => new()
    {
        Name = name,
        Namespace = "demo",
        Uid = uid,
        ResourceVersion = resourceVersion,
        Generation = 1,
        CreationTimestamp = Created,
    };

    private static string Pem(string file) => File.ReadAllText(Path.Combine(GoldenFiles.Root, "certs", file));
}
