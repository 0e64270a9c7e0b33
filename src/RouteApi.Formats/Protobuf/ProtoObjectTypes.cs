using ProtoBuf.Serializers;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Protobuf;

/// <summary>
/// The top-level objects that travel in a protobuf envelope, with the type each one carries when
/// its own kind or apiVersion is empty: <c>route.openshift.io/v1</c> Route and RouteList,
/// <c>v1</c> Status (apimachinery's unversioned Status, on every path) and <c>meta.k8s.io/v1</c>
/// DeleteOptions.
/// </summary>
internal static class ProtoObjectTypes
{
    /// <summary>The apiVersion DeleteOptions is written with when it names none.</summary>
    public const string MetaGroupVersion = "meta.k8s.io/v1";

    /// <summary>The serializer of a top-level type.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not Route, RouteList, Status or DeleteOptions.</exception>
    public static ISerializer<T> SerializerFor<T>()
        where T : class =>
        typeof(T) == typeof(Route) || typeof(T) == typeof(RouteList) || typeof(T) == typeof(Status) || typeof(T) == typeof(DeleteOptions)
            ? (ISerializer<T>)(object)ProtoSerializers.Instance
            : throw new NotSupportedException($"{typeof(T).Name} has no Kubernetes protobuf form; use Route, RouteList, Status or DeleteOptions.");

    /// <summary>The envelope type of <paramref name="value"/>: its own kind and apiVersion, or the defaults.</summary>
    public static ProtoTypeMeta TypeMetaOf(object value) => value switch
    {
        Route route => new(Or(route.ApiVersion, RouteApiNames.GroupVersion), Or(route.Kind, RouteApiNames.Kind)),
        RouteList list => new(Or(list.ApiVersion, RouteApiNames.GroupVersion), Or(list.Kind, RouteApiNames.ListKind)),
        Status status => new(Or(status.ApiVersion, "v1"), Or(status.Kind, "Status")),
        DeleteOptions options => new(Or(options.ApiVersion, MetaGroupVersion), Or(options.Kind, "DeleteOptions")),
        _ => throw new NotSupportedException($"{value.GetType().Name} has no Kubernetes protobuf form."),
    };

    /// <summary>
    /// Gives a decoded object the kind and apiVersion of its envelope, as the protobuf decoder sets
    /// the object's GroupVersionKind from <c>Unknown.typeMeta</c>; empty values leave the object's as they are.
    /// </summary>
    public static void Stamp(object value, ProtobufEnvelope envelope)
    {
        var apiVersion = ProtoFields.Optional(envelope.ApiVersion);
        var kind = ProtoFields.Optional(envelope.Kind);
        switch (value)
        {
            case Route route:
                route.ApiVersion = apiVersion ?? route.ApiVersion;
                route.Kind = kind ?? route.Kind;
                break;
            case RouteList list:
                list.ApiVersion = apiVersion ?? list.ApiVersion;
                list.Kind = kind ?? list.Kind;
                break;
            case Status status:
                status.ApiVersion = apiVersion ?? status.ApiVersion;
                status.Kind = kind ?? status.Kind;
                break;
            case DeleteOptions options:
                options.ApiVersion = apiVersion ?? options.ApiVersion;
                options.Kind = kind ?? options.Kind;
                break;
        }
    }

    private static string Or(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value;
}
