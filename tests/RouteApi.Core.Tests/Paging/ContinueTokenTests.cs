using System.Buffers.Text;
using System.Text;

namespace RouteApi.Core.Paging.Tests;

public sealed class ContinueTokenTests
{
    // A token kube-apiserver issued (rv 2686792, start "default/bookinfo-productpage\0").
    private const string KubeToken =
        "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MjY4Njc5Miwic3RhcnQiOiJkZWZhdWx0L2Jvb2tpbmZvLXByb2R1Y3RwYWdlXHUwMDAwIn0";

    [Fact]
    public void Encode_SameStateAsKube_ProducesIdenticalToken()
    {
        var token = new ContinueToken(2686792, "default/bookinfo-productpage\0");

        Assert.Equal(KubeToken, token.Encode());
    }

    [Fact]
    public void Decode_KubeToken_ReadsRevisionAndStartKey()
    {
        var token = ContinueToken.Decode(KubeToken);

        Assert.Equal(new ContinueToken(2686792, "default/bookinfo-productpage\0"), token);
    }

    [Fact]
    public void Encode_Token_IsGoJsonInUnpaddedBase64Url()
    {
        var encoded = new ContinueToken(5, "b\0").Encode();

        Assert.Equal("eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6NSwic3RhcnQiOiJiXHUwMDAwIn0", encoded);
    }

    [Theory]
    [InlineData("a<b>&c", "\"a\\u003cb\\u003e\\u0026c\"")]
    [InlineData("q\"\\/", "\"q\\\"\\\\/\"")]
    [InlineData("\b\f\n\r\t\u0001\u007f", "\"\\b\\f\\n\\r\\t\\u0001\u007f\"")]
    [InlineData("é\u2028\u2029\uFFFD", "\"é\\u2028\\u2029\uFFFD\"")]
    public void Encode_StartKey_EscapesAsGoJsonMarshal(string start, string expectedJsonString)
    {
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(new ContinueToken(7, start).Encode()));

        Assert.Equal("{\"v\":\"meta.k8s.io/v1\",\"rv\":7,\"start\":" + expectedJsonString + "}", json);
    }

    [Fact]
    public void Encode_UnpairedSurrogate_WritesEscapedReplacementCharacter()
    {
        var start = new string(['\uD800', 'x']);

        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(new ContinueToken(7, start).Encode()));

        Assert.EndsWith("\"start\":\"\\ufffdx\"}", json);
    }

    [Theory]
    [InlineData(1, "a\0")]
    [InlineData(-1, "ns1/b\0")]
    [InlineData(-42, "x")]
    [InlineData(long.MaxValue, "ns/name-with-dashes.and.dots\0")]
    [InlineData(long.MinValue, "é/ü\0")]
    [InlineData(9, "a<b>&\"c\"\\d\u2028")]
    public void Decode_EncodedToken_RoundTrips(long resourceVersion, string start)
    {
        var token = new ContinueToken(resourceVersion, start);

        Assert.Equal(token, ContinueToken.Decode(token.Encode()));
    }

    [Fact]
    public void NextStartKey_LastKey_AppendsNul()
    {
        Assert.Equal("ns1/b\0", ContinueToken.NextStartKey("ns1/b"));
    }

    [Theory]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":3,\"start\":\"/b\"}", 3, "b")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":3,\"start\":\"/\"}", 3, "")]
    [InlineData("{\"V\":\"meta.k8s.io/v1\",\"RV\":3,\"Start\":\"b\"}", 3, "b")]
    [InlineData(" {\"x\":[1,{\"y\":null}],\"rv\":3,\"v\":\"meta.k8s.io/v1\",\"start\":\"b\",\"z\":true} ", 3, "b")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":3,\"start\":\"a\",\"start\":\"b\"}", 3, "b")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":-0,\"rv\":4,\"start\":null,\"start\":\"b\"}", 4, "b")]
    [InlineData("{\"v\":\"meta.k8s.io\\/v1\",\"rv\":3,\"start\":\"\\u0062\\ud83d\\ude00\"}", 3, "b\U0001F600")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":3,\"start\":\"b\\ud800\"}", 3, "b\uFFFD")]
    public void Decode_AcceptedVariants_ReadAsGoUnmarshalWould(string json, long resourceVersion, string start)
    {
        var token = ContinueToken.Decode(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(new ContinueToken(resourceVersion, start), token);
    }

    [Fact]
    public void Decode_TokenWithLineBreaks_IgnoresThemAsGoDoes()
    {
        var token = KubeToken[..20] + "\r\n" + KubeToken[20..];

        Assert.Equal(2686792, ContinueToken.Decode(token).ResourceVersion);
    }
}
