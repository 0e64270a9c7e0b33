using System.Buffers.Text;
using System.Text;

namespace RouteApi.Core.Paging.Tests;

public sealed class ContinueTokenDecodeErrorTests
{
    private const string Prefix = "continue key is not valid: ";

    [Theory]
    [InlineData("!!!!", 0)]
    [InlineData("abc=", 3)]
    [InlineData("eyJ2Ijo+", 7)]
    [InlineData("eyJ2Ijo/", 7)]
    [InlineData("eyJ2 Ijo", 4)]
    [InlineData("eyJ2Ijoé", 7)]
    [InlineData("A", 0)]
    [InlineData("AAAAA", 4)]
    [InlineData("AAAAA\n", 5)]
    public void Decode_BadBase64_ThrowsIllegalBase64Data(string token, int offset)
    {
        AssertError(token, Prefix + "illegal base64 data at input byte " + offset);
    }

    [Theory]
    [InlineData("", "unexpected end of JSON input")]
    [InlineData("   ", "unexpected end of JSON input")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\"", "unexpected end of JSON input")]
    [InlineData("{\"v\":\"meta", "unexpected end of JSON input")]
    [InlineData("not json", "invalid character 'o' in literal null (expecting 'u')")]
    [InlineData("{\"v\":tru}", "invalid character '}' in literal true (expecting 'e')")]
    [InlineData("{\"v\":fals", "invalid character ' ' in literal false (expecting 'e')")]
    [InlineData("x", "invalid character 'x' looking for beginning of value")]
    [InlineData("{\"v\" \"x\"}", "invalid character '\"' after object key")]
    [InlineData("{\"v\":\"a\",}", "invalid character '}' looking for beginning of object key string")]
    [InlineData("{'v':1}", "invalid character '\\'' looking for beginning of object key string")]
    [InlineData("{\"a\":1 \"b\":2}", "invalid character '\"' after object key:value pair")]
    [InlineData("[1 2]", "invalid character '2' after array element")]
    [InlineData("{\"v\":\"a\"} x", "invalid character 'x' after top-level value")]
    [InlineData("{\"rv\":-}", "invalid character '}' in numeric literal")]
    [InlineData("{\"rv\":01}", "invalid character '1' after object key:value pair")]
    [InlineData("{\"rv\":1.}", "invalid character '}' after decimal point in numeric literal")]
    [InlineData("{\"rv\":1e}", "invalid character '}' in exponent of numeric literal")]
    [InlineData("1.", "invalid character ' ' after decimal point in numeric literal")]
    [InlineData("{\"v\":\"\\x\"}", "invalid character 'x' in string escape code")]
    [InlineData("{\"v\":\"\\u12g4\"}", "invalid character 'g' in \\u hexadecimal character escape")]
    [InlineData("{\"v\":\"a\u0001\"}", "invalid character '\\x01' in string literal")]
    [InlineData("{\"v\":é}", "invalid character 'Ã' looking for beginning of value")]
    public void Decode_MalformedJson_ThrowsGoSyntaxError(string json, string expected)
    {
        AssertError(Encode(json), Prefix + expected);
    }

    [Fact]
    public void Decode_TooDeeplyNested_ThrowsExceededMaxDepth()
    {
        AssertError(Encode(new string('[', 10001)), Prefix + "invalid character '[' exceeded max depth");
    }

    [Theory]
    [InlineData("[1]", "json: cannot unmarshal array into Go value of type storage.continueToken")]
    [InlineData("\"x\"", "json: cannot unmarshal string into Go value of type storage.continueToken")]
    [InlineData("12", "json: cannot unmarshal number into Go value of type storage.continueToken")]
    [InlineData("true", "json: cannot unmarshal bool into Go value of type storage.continueToken")]
    [InlineData("{\"v\":1}", "json: cannot unmarshal number into Go struct field continueToken.v of type string")]
    [InlineData("{\"start\":{}}", "json: cannot unmarshal object into Go struct field continueToken.start of type string")]
    [InlineData("{\"rv\":\"5\"}", "json: cannot unmarshal string into Go struct field continueToken.rv of type int64")]
    [InlineData("{\"rv\":[5]}", "json: cannot unmarshal array into Go struct field continueToken.rv of type int64")]
    [InlineData("{\"rv\":false}", "json: cannot unmarshal bool into Go struct field continueToken.rv of type int64")]
    [InlineData("{\"rv\":1.5}", "json: cannot unmarshal number 1.5 into Go struct field continueToken.rv of type int64")]
    [InlineData("{\"rv\":1e3}", "json: cannot unmarshal number 1e3 into Go struct field continueToken.rv of type int64")]
    [InlineData("{\"rv\":9223372036854775808}", "json: cannot unmarshal number 9223372036854775808 into Go struct field continueToken.rv of type int64")]
    [InlineData("{\"rv\":\"x\",\"v\":2}", "json: cannot unmarshal string into Go struct field continueToken.rv of type int64")]
    public void Decode_WrongJsonTypes_ThrowsGoUnmarshalTypeError(string json, string expected)
    {
        AssertError(Encode(json), Prefix + expected);
    }

    [Theory]
    [InlineData("{\"v\":\"meta.k8s.io/v2\",\"rv\":1,\"start\":\"a\"}", "meta.k8s.io/v2")]
    [InlineData("{\"rv\":1,\"start\":\"a\"}", "")]
    [InlineData("null", "")]
    public void Decode_UnknownVersion_ThrowsUnrecognizedVersion(string json, string version)
    {
        AssertError(Encode(json), Prefix + "server does not recognize this encoded version " + version);
    }

    [Theory]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":0,\"start\":\"a\"}")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"start\":\"a\"}")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":null,\"start\":\"a\"}")]
    public void Decode_ZeroResourceVersion_ThrowsIncorrectStartResourceVersion(string json)
    {
        AssertError(Encode(json), Prefix + "incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
    }

    [Theory]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":1,\"start\":\"\"}")]
    [InlineData("{\"v\":\"meta.k8s.io/v1\",\"rv\":1}")]
    public void Decode_EmptyStartKey_ThrowsStartKeyEmpty(string json)
    {
        AssertError(Encode(json), Prefix + "encoded start key empty (version meta.k8s.io/v1)");
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../x")]
    [InlineData("/../x")]
    [InlineData("a/../b")]
    [InlineData("a/./b")]
    [InlineData("./a")]
    [InlineData("a//b")]
    [InlineData("//a")]
    [InlineData("a/")]
    [InlineData("ns/..")]
    public void Decode_UncleanStartKey_ThrowsInvalidKey(string start)
    {
        var token = Encode("{\"v\":\"meta.k8s.io/v1\",\"rv\":1,\"start\":\"" + start + "\"}");

        AssertError(token, Prefix + start);
    }

    [Fact]
    public void Decode_VersionCheckedBeforeResourceVersion_ReportsVersion()
    {
        AssertError(Encode("{\"v\":\"x\",\"rv\":0,\"start\":\"\"}"), Prefix + "server does not recognize this encoded version x");
    }

    [Fact]
    public void Decode_ResourceVersionCheckedBeforeStart_ReportsResourceVersion()
    {
        AssertError(Encode("{\"v\":\"meta.k8s.io/v1\",\"rv\":0,\"start\":\"..\"}"), Prefix + "incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private static void AssertError(string token, string expected)
    {
        var error = Assert.Throws<ContinueTokenException>(() => ContinueToken.Decode(token));

        Assert.Equal(expected, error.Message);
    }
}
