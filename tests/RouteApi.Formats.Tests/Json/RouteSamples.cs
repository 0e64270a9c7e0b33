using RouteApi.Core.Model;

namespace RouteApi.Formats.Json.Tests;

/// <summary>Routes with every wire field set, to prove a check has no false positives.</summary>
internal static class RouteSamples
{
    private static readonly DateTimeOffset Time = new(2024, 5, 1, 12, 34, 56, TimeSpan.Zero);

    public static Route Full() => new()
    {
        Kind = "Route",
        ApiVersion = "route.openshift.io/v1",
        Metadata = FullMetadata(),
        Spec = FullSpec(),
        Status = new RouteStatus
        {
            Ingress =
            [
                new RouteIngress
                {
                    Host = "a.example.com",
                    RouterName = "default",
                    WildcardPolicy = "None",
                    RouterCanonicalHostname = "router",
                    Conditions = [new RouteIngressCondition { Type = "Admitted", Status = "True", Reason = "r", Message = "m", LastTransitionTime = Time }],
                },
            ],
        },
    };

    private static ObjectMeta FullMetadata() => new()
    {
        Name = "r",
        GenerateName = "r-",
        Namespace = "ns",
        SelfLink = "/x",
        Uid = "u",
        ResourceVersion = "1",
        Generation = 2,
        CreationTimestamp = Time,
        DeletionTimestamp = Time,
        DeletionGracePeriodSeconds = 30,
        Labels = new Dictionary<string, string> { ["app"] = "a" },
        Annotations = new Dictionary<string, string> { ["openshift.io/host.generated"] = "true" },
        OwnerReferences = [new OwnerReference { ApiVersion = "v1", Kind = "Service", Name = "s", Uid = "o", Controller = true, BlockOwnerDeletion = true }],
        Finalizers = ["f"],
        ClusterName = "c",
        Initializers = new Initializers
        {
            Pending = [new Initializer { Name = "i" }],
            Result = new Status { Result = "Failure", Code = 500, Details = new StatusDetails { Name = "n", RetryAfterSeconds = 1, Causes = [new StatusCause { Field = "f", Reason = "r", Message = "m" }] } },
        },
        ManagedFields =
        [
            new ManagedFieldsEntry
            {
                Manager = "m",
                Operation = "Update",
                ApiVersion = "v1",
                Time = Time,
                FieldsType = "FieldsV1",
                FieldsV1 = FieldsV1.Parse("""{"f:spec":{"f:host":{}}}"""u8),
                Subresource = "status",
            },
        ],
    };

    private static RouteSpec FullSpec()
    {
        var header = new RouteHttpHeader { Name = "X-Frame-Options", Action = new RouteHttpHeaderActionUnion { Type = "Set", Set = new RouteSetHttpHeader { Value = "DENY" } } };
        return new RouteSpec
        {
            Host = "a.example.com",
            Subdomain = "a",
            Path = "/p",
            WildcardPolicy = "None",
            To = new RouteTargetReference { Kind = "Service", Name = "s", Weight = 80 },
            AlternateBackends = [new RouteTargetReference { Kind = "Service", Name = "t", Weight = 20 }],
            Port = new RoutePort { TargetPort = IntOrString.FromString("http") },
            Tls = new TlsConfig
            {
                Termination = "reencrypt",
                Certificate = "c",
                Key = "k",
                CaCertificate = "ca",
                DestinationCaCertificate = "d",
                InsecureEdgeTerminationPolicy = "Redirect",
                ExternalCertificate = new LocalObjectReference { Name = "e" },
            },
            HttpHeaders = new RouteHttpHeaders { Actions = new RouteHttpHeaderActions { Response = [header], Request = [header] } },
        };
    }
}
