using System.Buffers;
using System.Text;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Formats.Json.Tests;
using RouteApi.Testing;

namespace RouteApi.Formats.Protobuf.Tests;

public sealed class KubernetesProtobufTests
{
    [Fact]
    public void Deserialize_JsonBody_ThrowsWithUpstreamPrefixMessage()
    {
        var body = "{\"kind\":\"Route\"}"u8.ToArray();

        var error = Assert.Throws<FormatDecodeException>(() => KubernetesProtobuf.Deserialize<Route>(body));

        Assert.Equal("provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]", error.Message);
    }

    [Fact]
    public void Deserialize_EmptyBody_ThrowsEmptyData()
    {
        var error = Assert.Throws<FormatDecodeException>(() => KubernetesProtobuf.Deserialize<Route>(ReadOnlyMemory<byte>.Empty));

        Assert.Equal("empty data", error.Message);
    }

    [Fact]
    public void Deserialize_MagicOnly_ThrowsEmptyBody()
    {
        var error = Assert.Throws<FormatDecodeException>(() => KubernetesProtobuf.Deserialize<Route>("k8s\0"u8.ToArray()));

        Assert.Equal("empty body", error.Message);
    }

    [Fact]
    public void Deserialize_TruncatedBody_ThrowsFormatDecodeException()
    {
        var bytes = KubernetesProtobuf.SerializeToBytes(RouteBuilder.Valid().Build());

        Assert.Throws<FormatDecodeException>(() => KubernetesProtobuf.Deserialize<Route>(bytes.AsMemory(0, bytes.Length - 7)));
    }

    [Fact]
    public void Deserialize_WrongWireTypeForSpec_ThrowsFormatDecodeException()
    {
        var body = Envelope("route.openshift.io/v1", "Route", [0x10, 0x05]);

        Assert.Throws<FormatDecodeException>(() => KubernetesProtobuf.Deserialize<Route>(body));
    }

    [Fact]
    public void ReadEnvelope_Route_ExposesApiVersionKindAndRaw()
    {
        var bytes = KubernetesProtobuf.SerializeToBytes(RouteBuilder.Valid().Build());

        var envelope = KubernetesProtobuf.ReadEnvelope(bytes);

        Assert.Equal(("route.openshift.io/v1", "Route"), (envelope.ApiVersion, envelope.Kind));
        Assert.Equal((string.Empty, string.Empty), (envelope.ContentEncoding, envelope.ContentType));
        Assert.False(envelope.Raw.IsEmpty);
    }

    [Fact]
    public void Deserialize_EnvelopeType_IsSetOnTheObject()
    {
        var body = Envelope("v1", "Route", RawOf(RouteBuilder.Valid().Build()));

        var route = KubernetesProtobuf.Deserialize<Route>(body);

        Assert.Equal(("v1", "Route"), (route.ApiVersion, route.Kind));
    }

    [Fact]
    public void Deserialize_EnvelopeWithoutType_LeavesKindAndApiVersionUnset()
    {
        var body = Envelope(string.Empty, string.Empty, RawOf(RouteBuilder.Valid().Build()));

        var route = KubernetesProtobuf.Deserialize<Route>(body);

        Assert.Null(route.Kind);
        Assert.Null(route.ApiVersion);
    }

    [Fact]
    public void Deserialize_UnknownFieldsOfEveryWireType_AreSkipped()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com").WithPort(8080).Build();
        byte[] unknown =
        [
            0xf8, 0x01, 0x07, // field 31, varint 7
            0x82, 0x02, 0x02, 0x68, 0x69, // field 32, "hi"
            0x89, 0x02, 1, 2, 3, 4, 5, 6, 7, 8, // field 33, fixed64
            0x95, 0x02, 1, 2, 3, 4, // field 34, fixed32
        ];
        var body = Envelope("route.openshift.io/v1", "Route", [.. RawOf(route), .. unknown], trailer: unknown);

        var decoded = KubernetesProtobuf.Deserialize<Route>(body);

        Assert.Equal(Json(route), Json(decoded));
    }

    [Fact]
    public void Deserialize_MultiSegmentSequence_ReadsTheSameRoute()
    {
        var route = RouteSamples.Full() with { Metadata = RouteSamples.Full().Metadata with { ClusterName = null, Initializers = null } };
        var bytes = KubernetesProtobuf.SerializeToBytes(route);

        var decoded = KubernetesProtobuf.Deserialize<Route>(ChunkedSequence.Create(bytes, 7));

        Assert.Equal(Json(route), Json(decoded));
    }

    [Fact]
    public void RoundTrip_EveryRouteField_KeepsTheRoute()
    {
        var route = RouteSamples.Full() with { Metadata = RouteSamples.Full().Metadata with { ClusterName = null, Initializers = null } };

        var decoded = KubernetesProtobuf.Deserialize<Route>(KubernetesProtobuf.SerializeToBytes(route));

        Assert.Equal(Json(route), Json(decoded));
    }

    [Fact]
    public void Serialize_ClusterNameAndInitializers_AreDropped()
    {
        var route = RouteSamples.Full();

        var decoded = KubernetesProtobuf.Deserialize<Route>(KubernetesProtobuf.SerializeToBytes(route));

        Assert.Null(decoded.Metadata.ClusterName);
        Assert.Null(decoded.Metadata.Initializers);
    }

    [Fact]
    public void Serialize_LabelInsertionOrder_DoesNotChangeTheBytes()
    {
        var first = RouteBuilder.Valid().WithLabel("b", "2").WithLabel("a", "1").WithLabel("c", "3").Build();
        var second = RouteBuilder.Valid().WithLabel("c", "3").WithLabel("a", "1").WithLabel("b", "2").Build();

        Assert.Equal(KubernetesProtobuf.SerializeToBytes(first), KubernetesProtobuf.SerializeToBytes(second));
    }

    [Fact]
    public void Serialize_NullWeight_OmitsField3()
    {
        var route = RouteBuilder.Valid().WithTo("svc", weight: null).Build();

        var tree = Protoc.DecodeRaw(KubernetesProtobuf.SerializeToBytes(route).AsSpan(4));

        Assert.False(tree.Has("2.2.3.3"));
    }

    [Fact]
    public void Serialize_NegativeWeight_IsASignExtendedVarint()
    {
        var route = RouteBuilder.Valid().WithTo("svc", weight: -1).Build();

        var tree = Protoc.DecodeRaw(KubernetesProtobuf.SerializeToBytes(route).AsSpan(4));

        Assert.Equal(ulong.MaxValue, tree.Varint("2.2.3.3"));
        Assert.Equal(-1, KubernetesProtobuf.Deserialize<Route>(KubernetesProtobuf.SerializeToBytes(route)).Spec.To.Weight);
    }

    [Fact]
    public void Serialize_UnsetCreationTimestamp_IsAnEmptyField8()
    {
        var route = RouteBuilder.Valid().Build();

        var tree = Protoc.DecodeRaw(KubernetesProtobuf.SerializeToBytes(route).AsSpan(4));

        Assert.Equal(string.Empty, tree.String("2.1.8"));
        Assert.Null(KubernetesProtobuf.Deserialize<Route>(KubernetesProtobuf.SerializeToBytes(route)).Metadata.CreationTimestamp);
    }

    [Fact]
    public void Deserialize_TimeWithNanos_KeepsWholeSeconds()
    {
        byte[] metadata = [0x42, 0x05, 0x08, 0x96, 0x01, 0x10, 0x05]; // creationTimestamp {seconds 150, nanos 5}
        byte[] raw = [0x0a, (byte)metadata.Length, .. metadata];

        var route = KubernetesProtobuf.Deserialize<Route>(Envelope("route.openshift.io/v1", "Route", raw));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(150), route.Metadata.CreationTimestamp);
    }

    [Fact]
    public void Serialize_StatusWithoutType_UsesV1Status()
    {
        var status = new Status { Kind = null, ApiVersion = null, Result = "Failure", Code = 404, Reason = "NotFound" };

        var envelope = KubernetesProtobuf.ReadEnvelope(KubernetesProtobuf.SerializeToBytes(status));

        Assert.Equal(("v1", "Status"), (envelope.ApiVersion, envelope.Kind));
    }

    [Fact]
    public void RoundTrip_Status_KeepsTheStatus()
    {
        var status = new Status { Result = "Failure", Message = "m", Reason = "Conflict", Code = 409, Details = new StatusDetails { Name = "r", Kind = "routes", RetryAfterSeconds = 2, Uid = "u" } };

        var decoded = KubernetesProtobuf.Deserialize<Status>(KubernetesProtobuf.SerializeToBytes(status));

        Assert.Equal(Json(status), Json(decoded));
    }

    [Fact]
    public void Serialize_DeleteOptions_UsesMetaV1NumbersAndPointers()
    {
        var options = new DeleteOptions
        {
            GracePeriodSeconds = 0,
            Preconditions = new Preconditions { Uid = "u", ResourceVersion = "5" },
            OrphanDependents = false,
            PropagationPolicy = "Foreground",
            DryRun = ["All"],
        };

        var bytes = KubernetesProtobuf.SerializeToBytes(options);
        var tree = Protoc.DecodeRaw(bytes.AsSpan(4));

        Assert.Equal(("meta.k8s.io/v1", "DeleteOptions"), (tree.String("1.1"), tree.String("1.2")));
        Assert.Equal(0UL, tree.Varint("2.1"));
        Assert.Equal(("u", "5"), (tree.String("2.2.1"), tree.String("2.2.2")));
        Assert.Equal(0UL, tree.Varint("2.3"));
        Assert.Equal("Foreground", tree.String("2.4"));
        Assert.Equal("All", tree.String("2.5"));
        Assert.Equal(Json(options with { Kind = "DeleteOptions", ApiVersion = "meta.k8s.io/v1" }), Json(KubernetesProtobuf.Deserialize<DeleteOptions>(bytes)));
    }

    [Fact]
    public void Serialize_EmptyDeleteOptions_HasAnEmptyRawMessage()
    {
        var bytes = KubernetesProtobuf.SerializeToBytes(new DeleteOptions());

        var envelope = KubernetesProtobuf.ReadEnvelope(bytes);

        Assert.True(envelope.Raw.IsEmpty);
        Assert.Equal("{}\n", Json(KubernetesProtobuf.Deserialize<DeleteOptions>(envelope) with { Kind = null, ApiVersion = null }));
    }

    [Fact]
    public void Deserialize_DeleteOptionsWithV1Type_KeepsTheEnvelopeType()
    {
        var bytes = KubernetesProtobuf.SerializeToBytes(new DeleteOptions { Kind = "DeleteOptions", ApiVersion = "v1", DryRun = ["All"] });

        var options = KubernetesProtobuf.Deserialize<DeleteOptions>(bytes);

        Assert.Equal(("v1", "DeleteOptions"), (options.ApiVersion, options.Kind));
    }

    [Fact]
    public void Serialize_UnsupportedType_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => KubernetesProtobuf.SerializeToBytes(new RouteSpec()));
    }

    [Fact]
    public void Serialize_ToBufferWriter_WritesTheSameBytesAsToArray()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com").Build();
        var output = new ArrayBufferWriter<byte>(1);

        KubernetesProtobuf.Serialize(route, output);

        Assert.Equal(KubernetesProtobuf.SerializeToBytes(route), output.WrittenSpan.ToArray());
    }

    private static string Json<T>(T value) => Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(value));

    private static byte[] RawOf(Route route) => KubernetesProtobuf.ReadEnvelope(KubernetesProtobuf.SerializeToBytes(route)).Raw.ToArray();

    // k8s\0 + Unknown{typeMeta, raw, "", ""} built by hand (single-byte lengths only in typeMeta).
    private static byte[] Envelope(string apiVersion, string kind, byte[] raw, byte[]? trailer = null)
    {
        var output = new ArrayBufferWriter<byte>();
        output.Write("k8s\0"u8);
        byte[] typeMeta = [0x0a, (byte)apiVersion.Length, .. Encoding.UTF8.GetBytes(apiVersion), 0x12, (byte)kind.Length, .. Encoding.UTF8.GetBytes(kind)];
        output.Write<byte>([0x0a, (byte)typeMeta.Length, .. typeMeta]);
        output.Write<byte>([0x12]);
        var length = new byte[10];
        output.Write(length.AsSpan(0, ProtoVarint.Write(length, (ulong)raw.Length)));
        output.Write(raw);
        output.Write<byte>([0x1a, 0x00, 0x22, 0x00, .. trailer ?? []]);
        return output.WrittenSpan.ToArray();
    }
}
