using System.Buffers.Binary;
using RouteApi.Formats.Golden.Tests;

namespace RouteApi.Formats.Protobuf.Tests;

/// <summary>
/// The golden protobuf files checked by an independent decoder, <c>protoc --decode_raw</c>, against
/// the upstream field numbers (openshift/api route/v1 and apimachinery meta/v1, runtime, intstr).
/// Paths start at the envelope (after the 4 magic bytes): 1 = typeMeta, 2 = raw (the object).
/// </summary>
public sealed class ProtocDecodeRawTests
{
    public static TheoryData<string> Cases => GoldenFileTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecodeRaw_GoldenCase_FieldsAscendAtEveryLevel(string name)
    {
        var tree = DecodeGolden(name);

        Assert.Empty(tree.OutOfOrder());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecodeRaw_GoldenCase_EnvelopeWritesAllFourFields(string name)
    {
        var tree = DecodeGolden(name);

        Assert.Equal([1, 2, 3, 4], tree.Children.Select(c => c.Number));
        Assert.Equal(string.Empty, tree.String("3"));
        Assert.Equal(string.Empty, tree.String("4"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_EnvelopeNamesRouteGroupVersionAndKind()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal("route.openshift.io/v1", tree.String("1.1"));
        Assert.Equal("Route", tree.String("1.2"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_SpecToNameIsField2_3_2()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal("Service", tree.String("2.2.3.1"));
        Assert.Equal("svc", tree.String("2.2.3.2"));
        Assert.Equal(100UL, tree.Varint("2.2.3.3"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_EmptyNonPointerStringsAreWritten()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal(string.Empty, tree.String("2.2.1"));
        Assert.Equal(string.Empty, tree.String("2.2.2"));
        Assert.Equal(string.Empty, tree.String("2.2.8"));
        Assert.Equal(string.Empty, tree.String("2.1.2"));
        Assert.Equal(string.Empty, tree.String("2.1.4"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_UnsetPointersAreAbsent()
    {
        var tree = DecodeGolden("plain-route");

        Assert.False(tree.Has("2.2.6"));
        Assert.False(tree.Has("2.2.9"));
        Assert.False(tree.Has("2.1.9"));
        Assert.False(tree.Has("2.1.10"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_EmptyStatusIsAnEmptyField3()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal(string.Empty, tree.String("2.3"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_ObjectMetaUsesMetaV1Numbers()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal("plain", tree.String("2.1.1"));
        Assert.Equal("demo", tree.String("2.1.3"));
        Assert.Equal("4f1c2a9e-8d3b-4c57-9a61-0e2b7d5c3f10", tree.String("2.1.5"));
        Assert.Equal("1001", tree.String("2.1.6"));
        Assert.Equal(1UL, tree.Varint("2.1.7"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_CreationTimestampIsWholeSecondsWithZeroNanos()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal((ulong)GoldenCases.Created.ToUnixTimeSeconds(), tree.Varint("2.1.8.1"));
        Assert.Equal(0UL, tree.Varint("2.1.8.2"));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_LabelsAreKeyValueEntriesInKeyOrder()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal(2, tree.Count("2.1.11"));
        Assert.Equal(("app", "plain"), (tree.String("2.1.11[0].1"), tree.String("2.1.11[0].2")));
        Assert.Equal(("version", "1.10"), (tree.String("2.1.11[1].1"), tree.String("2.1.11[1].2")));
        Assert.Equal(("openshift.io/host.generated", "true"), (tree.String("2.1.12.1"), tree.String("2.1.12.2")));
    }

    [Fact]
    public void DecodeRaw_PlainRoute_IntTargetPortIsIntOrStringType0()
    {
        var tree = DecodeGolden("plain-route");

        Assert.Equal(0UL, tree.Varint("2.2.5.1.1"));
        Assert.Equal(8080UL, tree.Varint("2.2.5.1.2"));
        Assert.Equal(string.Empty, tree.String("2.2.5.1.3"));
    }

    [Fact]
    public void DecodeRaw_AlternateBackends_StringTargetPortIsIntOrStringType1()
    {
        var tree = DecodeGolden("alternate-backends");

        Assert.Equal(1UL, tree.Varint("2.2.5.1.1"));
        Assert.Equal(0UL, tree.Varint("2.2.5.1.2"));
        Assert.Equal("http", tree.String("2.2.5.1.3"));
    }

    [Fact]
    public void DecodeRaw_AlternateBackends_AreRepeatedField4WithWeights()
    {
        var tree = DecodeGolden("alternate-backends");

        Assert.Equal(2, tree.Count("2.2.4"));
        Assert.Equal(("shop-v2", 20UL), (tree.String("2.2.4[0].2"), tree.Varint("2.2.4[0].3")));
        Assert.Equal(("shop-canary", 0UL), (tree.String("2.2.4[1].2"), tree.Varint("2.2.4[1].3")));
        Assert.Equal("/cart", tree.String("2.2.2"));
    }

    [Fact]
    public void DecodeRaw_EdgeRoute_TlsFieldsUseRouteV1Numbers()
    {
        var tree = DecodeGolden("edge-route");

        Assert.Equal("edge", tree.String("2.2.6.1"));
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", tree.String("2.2.6.2"), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----\n", tree.String("2.2.6.3"), StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", tree.String("2.2.6.4"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, tree.String("2.2.6.5"));
        Assert.Equal("Redirect", tree.String("2.2.6.6"));
        Assert.False(tree.Has("2.2.6.7"));
        Assert.Equal("www.example.com", tree.String("2.2.1"));
    }

    [Fact]
    public void DecodeRaw_RouteStatus_IngressConditionsCarryLastTransitionTime()
    {
        var tree = DecodeGolden("route-status");

        Assert.Equal(2, tree.Count("2.3.1"));
        Assert.Equal("default", tree.String("2.3.1[0].2"));
        Assert.Equal("Admitted", tree.String("2.3.1[0].3.1"));
        Assert.Equal("True", tree.String("2.3.1[0].3.2"));
        Assert.Equal((ulong)GoldenCases.Admitted.ToUnixTimeSeconds(), tree.Varint("2.3.1[0].3.5.1"));
        Assert.Equal("router-default.apps.example.com", tree.String("2.3.1[0].5"));
        Assert.Equal("HostAlreadyClaimed", tree.String("2.3.1[1].3.3"));
        Assert.Equal("None", tree.String("2.3.1[1].4"));
    }

    [Fact]
    public void DecodeRaw_RouteList_UsesListMetaAndRepeatedItems()
    {
        var tree = DecodeGolden("route-list");

        Assert.Equal("RouteList", tree.String("1.2"));
        Assert.Equal(string.Empty, tree.String("2.1.1"));
        Assert.Equal("1010", tree.String("2.1.2"));
        Assert.StartsWith("eyJ2Ij", tree.String("2.1.3"), StringComparison.Ordinal);
        Assert.Equal(3UL, tree.Varint("2.1.4"));
        Assert.Equal(2, tree.Count("2.2"));
        Assert.Equal("plain", tree.String("2.2[0].1.1"));
        Assert.Equal("shop", tree.String("2.2[1].1.1"));
    }

    [Fact]
    public void DecodeRaw_RouteList_HttpHeaderActionsUseNewestNumbers()
    {
        var tree = DecodeGolden("route-list");

        Assert.Equal("X-Frame-Options", tree.String("2.2[1].2.9.1.1.1"));
        Assert.Equal("Set", tree.String("2.2[1].2.9.1.1.2.1"));
        Assert.Equal("DENY", tree.String("2.2[1].2.9.1.1.2.2.1"));
        Assert.Equal("X-Debug", tree.String("2.2[1].2.9.1.2.1"));
        Assert.Equal("Delete", tree.String("2.2[1].2.9.1.2.2.1"));
        Assert.False(tree.Has("2.2[1].2.9.1.2.2.2"));
    }

    [Fact]
    public void DecodeRaw_StatusError_UsesMetaV1StatusNumbers()
    {
        var tree = DecodeGolden("status-error");

        Assert.Equal(("v1", "Status"), (tree.String("1.1"), tree.String("1.2")));
        Assert.Equal(3, tree.Get("2.1").Children.Count);
        Assert.Equal("Failure", tree.String("2.2"));
        Assert.StartsWith("Route.route.openshift.io \"bad\" is invalid", tree.String("2.3"), StringComparison.Ordinal);
        Assert.Equal("Invalid", tree.String("2.4"));
        Assert.Equal(("bad", "route.openshift.io", "Route"), (tree.String("2.5.1"), tree.String("2.5.2"), tree.String("2.5.3")));
        Assert.Equal(("FieldValueInvalid", "spec.host"), (tree.String("2.5.4[0].1"), tree.String("2.5.4[0].3")));
        Assert.Equal(("FieldValueRequired", "Required value", "spec.to.name"), (tree.String("2.5.4[1].1"), tree.String("2.5.4[1].2"), tree.String("2.5.4[1].3")));
        Assert.Equal(0UL, tree.Varint("2.5.5"));
        Assert.Equal(string.Empty, tree.String("2.5.6"));
        Assert.Equal(422UL, tree.Varint("2.6"));
    }

    [Fact]
    public void DecodeRaw_WatchEventFrame_IsBigEndianLengthThenWatchEvent()
    {
        var frame = GoldenFiles.Read(GoldenCases.WatchEvent, "route.pb");

        var length = BinaryPrimitives.ReadUInt32BigEndian(frame);
        var tree = Protoc.DecodeRaw(frame.AsSpan(4));

        Assert.Equal((uint)(frame.Length - 4), length);
        Assert.Equal([1, 2], tree.Children.Select(c => c.Number));
        Assert.Equal("ADDED", tree.String("1"));
        Assert.StartsWith("k8s\0\n", tree.String("2.1"), StringComparison.Ordinal);
    }

    private static ProtoTree DecodeGolden(string name)
    {
        var bytes = GoldenFiles.Read(name, "route.pb");
        Assert.True(KubernetesProtobuf.HasMagic(bytes));
        return Protoc.DecodeRaw(bytes.AsSpan(KubernetesProtobuf.Magic.Length));
    }
}
