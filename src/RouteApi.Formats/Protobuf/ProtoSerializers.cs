namespace RouteApi.Formats.Protobuf;

/// <summary>
/// Hand-written protobuf-net serializers for every message Kubernetes sends for routes, with the
/// field numbers of openshift/api <c>route/v1/generated.proto</c> and apimachinery
/// <c>pkg/apis/meta/v1/generated.proto</c>, written with the gogo rules of <see cref="ProtoFields"/>.
/// Reading skips unknown fields and merges a message that appears twice, as proto2 decoders do.
/// One instance serves every message type (see the <c>ProtoSerializers.*.cs</c> parts).
/// </summary>
/// <remarks>
/// Written by hand rather than from protobuf-net attributes because attribute contracts cannot
/// express gogo's "always write an empty non-pointer string or message" rule.
/// </remarks>
internal sealed partial class ProtoSerializers
{
    /// <summary>The shared, stateless instance.</summary>
    public static ProtoSerializers Instance { get; } = new();

    private ProtoSerializers()
    {
    }
}
