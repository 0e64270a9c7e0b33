using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>Checks that an answer in some encoding carries exactly the object of a JSON answer.</summary>
internal static class WireAssert
{
    /// <summary>
    /// Asserts the Content-Type is <paramref name="mediaType"/> and the body is <paramref name="json"/>
    /// (the server's compact JSON of the same object) in that encoding: the same text for JSON, the same
    /// document read back for YAML, and for protobuf an envelope typed <paramref name="apiVersion"/>/<paramref name="kind"/>
    /// whose object writes that JSON again.
    /// </summary>
    public static void SameObject<T>(WireResponse response, string mediaType, string json, string apiVersion, string kind)
        where T : class
    {
        Assert.Equal(mediaType, response.ContentType);
        switch (mediaType)
        {
            case MediaTypes.Yaml:
                var expected = JsonNode.Parse(json);
                var actual = response.Yaml;
                Assert.True(JsonNode.DeepEquals(expected, actual), $"YAML reads back as\n{actual.ToJsonString()}\nexpected\n{json}");
                break;
            case MediaTypes.Protobuf:
                var envelope = response.Envelope;
                Assert.Equal((apiVersion, kind), (envelope.ApiVersion, envelope.Kind));
                Assert.Equal((string.Empty, string.Empty), (envelope.ContentEncoding, envelope.ContentType));
                var decoded = KubernetesProtobuf.Deserialize<T>(envelope);
                Assert.Equal(json, Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(decoded)));
                break;
            default:
                Assert.Equal(json, response.Text);
                break;
        }
    }
}
