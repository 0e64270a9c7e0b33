namespace RouteApi.Formats.Protobuf;

/// <summary>
/// The <c>runtime.Unknown</c> that follows the <c>k8s\0</c> magic in every Kubernetes protobuf body:
/// the object's type and its raw message. kube-apiserver defaults a missing kind or apiVersion from
/// the endpoint and rejects a kind that does not belong there; both are left to the caller.
/// </summary>
public sealed record ProtobufEnvelope
{
    /// <summary>typeMeta.apiVersion (field 1.1), such as <c>route.openshift.io/v1</c>; may be empty.</summary>
    public required string ApiVersion { get; init; }

    /// <summary>typeMeta.kind (field 1.2), such as <c>Route</c>; may be empty.</summary>
    public required string Kind { get; init; }

    /// <summary>raw (field 2): the object's own protobuf message, without kind or apiVersion.</summary>
    public ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>contentEncoding (field 3); empty, and ignored when read, as upstream does.</summary>
    public string ContentEncoding { get; init; } = string.Empty;

    /// <summary>contentType (field 4); empty means protobuf, and it is ignored when read, as upstream does.</summary>
    public string ContentType { get; init; } = string.Empty;
}
