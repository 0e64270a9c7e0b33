using System.Text;

namespace RouteApi.Formats.Protobuf.Tests;

public sealed class AccessReviewProtobufTests
{
    [Fact]
    public void ReadSelfSubjectAccessReview_ResourceAttributes_ReadsTheStringFields()
    {
        var attributes = Concat(Text(1, "team-a"), Text(2, "list"), Text(3, "route.openshift.io"), Text(5, "routes"), Text(7, "web"));
        var review = Field(2, Field(1, attributes));

        var json = AccessReviewProtobuf.ReadSelfSubjectAccessReview(Envelope(review));

        Assert.Equal(
            """{"spec":{"resourceAttributes":{"namespace":"team-a","verb":"list","group":"route.openshift.io","resource":"routes","name":"web"}}}""",
            json.ToJsonString());
    }

    [Fact]
    public void ReadSelfSubjectAccessReview_NonResourceAttributes_ReadsPathAndVerb()
    {
        var review = Concat(Field(1, Text(1, "ignored-name")), Field(2, Field(2, Concat(Text(1, "/healthz"), Text(2, "get")))));

        var json = AccessReviewProtobuf.ReadSelfSubjectAccessReview(Envelope(review));

        Assert.Equal("""{"spec":{"nonResourceAttributes":{"path":"/healthz","verb":"get"}}}""", json.ToJsonString());
    }

    [Fact]
    public void ReadSelfSubjectAccessReview_TruncatedSpec_ThrowsDecodeError()
    {
        var review = Field(2, Field(1, Text(2, "list")))[..^2];

        var error = Assert.Throws<FormatDecodeException>(() => AccessReviewProtobuf.ReadSelfSubjectAccessReview(Envelope(review)));

        Assert.StartsWith("protobuf: invalid SelfSubjectAccessReview:", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Envelope(byte[] raw)
    {
        var typeMeta = Concat(Text(1, "authorization.k8s.io/v1"), Text(2, "SelfSubjectAccessReview"));
        return Concat("k8s\0"u8.ToArray(), Field(1, typeMeta), Field(2, raw));
    }

    private static byte[] Text(int field, string value) => Field(field, Encoding.UTF8.GetBytes(value));

    // Test messages stay under 128 bytes a field, so every length is one varint byte.
    private static byte[] Field(int field, byte[] value) => Concat([(byte)((field << 3) | 2), (byte)value.Length], value);

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
