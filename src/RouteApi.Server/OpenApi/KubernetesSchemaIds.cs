using RouteApi.Core.Model;

namespace RouteApi.Server.OpenApi;

/// <summary>
/// Component names as kube-apiserver publishes them: the Go package path of each type, reversed
/// for openshift/api (<c>com.github.openshift.api.route.v1.Route</c>) and apimachinery's
/// (<c>io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta</c>). SDK generators and
/// <c>kubectl explain</c> therefore see the same names as against OpenShift.
/// </summary>
internal static class KubernetesSchemaIds
{
    public const string RoutePackage = "com.github.openshift.api.route.v1.";
    public const string MetaPackage = "io.k8s.apimachinery.pkg.apis.meta.v1.";

    public const string WatchEvent = MetaPackage + "WatchEvent";
    public const string Patch = MetaPackage + "Patch";
    public const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";

    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(Route)] = RoutePackage + "Route",
        [typeof(RouteList)] = RoutePackage + "RouteList",
        [typeof(RouteSpec)] = RoutePackage + "RouteSpec",
        [typeof(RouteStatus)] = RoutePackage + "RouteStatus",
        [typeof(RouteIngress)] = RoutePackage + "RouteIngress",
        [typeof(RouteIngressCondition)] = RoutePackage + "RouteIngressCondition",
        [typeof(RoutePort)] = RoutePackage + "RoutePort",
        [typeof(RouteTargetReference)] = RoutePackage + "RouteTargetReference",
        [typeof(TlsConfig)] = RoutePackage + "TLSConfig",
        [typeof(LocalObjectReference)] = RoutePackage + "LocalObjectReference",
        [typeof(RouteHttpHeaders)] = RoutePackage + "RouteHTTPHeaders",
        [typeof(RouteHttpHeaderActions)] = RoutePackage + "RouteHTTPHeaderActions",
        [typeof(RouteHttpHeader)] = RoutePackage + "RouteHTTPHeader",
        [typeof(RouteHttpHeaderActionUnion)] = RoutePackage + "RouteHTTPHeaderActionUnion",
        [typeof(RouteSetHttpHeader)] = RoutePackage + "RouteSetHTTPHeader",
        [typeof(ObjectMeta)] = MetaPackage + "ObjectMeta",
        [typeof(ListMeta)] = MetaPackage + "ListMeta",
        [typeof(OwnerReference)] = MetaPackage + "OwnerReference",
        [typeof(ManagedFieldsEntry)] = MetaPackage + "ManagedFieldsEntry",
        [typeof(Status)] = MetaPackage + "Status",
        [typeof(StatusDetails)] = MetaPackage + "StatusDetails",
        [typeof(StatusCause)] = MetaPackage + "StatusCause",
        [typeof(DeleteOptions)] = MetaPackage + "DeleteOptions",
        [typeof(Preconditions)] = MetaPackage + "Preconditions",
        [typeof(Initializers)] = MetaPackage + "Initializers",
        [typeof(Initializer)] = MetaPackage + "Initializer",
    };

    /// <summary>The component name of <paramref name="type"/>; other types keep their CLR name.</summary>
    public static string Of(Type type) => Names.TryGetValue(type, out var name) ? name : type.Name;
}
