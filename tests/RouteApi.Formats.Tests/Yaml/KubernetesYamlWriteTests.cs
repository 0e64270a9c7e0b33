using System.Text;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Testing;

namespace RouteApi.Formats.Yaml.Tests;

/// <summary>How objects are written as YAML: the go-yaml v2 style of kube-apiserver.</summary>
public sealed class KubernetesYamlWriteTests
{
    [Theory]
    [InlineData("8080")]
    [InlineData("-1")]
    [InlineData("0x1F")]
    [InlineData("017")]
    [InlineData("1_000")]
    [InlineData("1.10")]
    [InlineData("1e3")]
    [InlineData(".5")]
    [InlineData(".inf")]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("yes")]
    [InlineData("NO")]
    [InlineData("on")]
    [InlineData("y")]
    [InlineData("n")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("2024-05-01T12:34:56Z")]
    [InlineData("2024-05-01")]
    [InlineData("2024-5-1 12:34:56")]
    [InlineData("12:30")]
    [InlineData("<<")]
    public void Serialize_StringThatWouldReadAsAnotherType_IsDoubleQuoted(string value)
    {
        var yaml = Yaml(RouteBuilder.Valid().WithAnnotation("a", value).Build());

        Assert.Contains($"    a: \"{value}\"\n", yaml, StringComparison.Ordinal);
        Assert.Equal(value, RoundTrip(value));
    }

    [Theory]
    [InlineData("frontend")]
    [InlineData("www.example.com")]
    [InlineData("/")]
    [InlineData("1.2.3")]
    [InlineData("v1")]
    [InlineData("2024-13-01")]
    [InlineData("0x")]
    [InlineData("yes please")]
    public void Serialize_OrdinaryString_IsPlain(string value)
    {
        var yaml = Yaml(RouteBuilder.Valid().WithAnnotation("a", value).Build());

        Assert.Contains($"    a: {value}\n", yaml, StringComparison.Ordinal);
        Assert.Equal(value, RoundTrip(value));
    }

    [Fact]
    public void Serialize_IntTargetPort_IsABareNumber()
    {
        var yaml = Yaml(RouteBuilder.Valid().WithPort(8080).Build());

        Assert.Contains("  port:\n    targetPort: 8080\n", yaml, StringComparison.Ordinal);
        Assert.False(KubernetesYaml.Deserialize<Route>(Encoding.UTF8.GetBytes(yaml)).Spec.Port!.TargetPort.IsString);
    }

    [Fact]
    public void Serialize_StringTargetPortOfDigits_IsQuotedAndReadsBackAsAString()
    {
        var yaml = Yaml(RouteBuilder.Valid().WithPort("8080").Build());

        var port = KubernetesYaml.Deserialize<Route>(Encoding.UTF8.GetBytes(yaml)).Spec.Port!.TargetPort;

        Assert.Contains("    targetPort: \"8080\"\n", yaml, StringComparison.Ordinal);
        Assert.Equal(IntOrString.FromString("8080"), port);
    }

    [Fact]
    public void Serialize_PemWithTrailingNewline_IsALiteralBlock()
    {
        var route = RouteBuilder.Valid().WithTls("edge", t => t with { Certificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" }).Build();

        var yaml = Yaml(route);

        Assert.Contains("    certificate: |\n      -----BEGIN CERTIFICATE-----\n      MIIB\n      -----END CERTIFICATE-----\n    termination: edge\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_MultiLineWithoutTrailingNewline_IsAStrippedLiteralBlock()
    {
        var yaml = Yaml(RouteBuilder.Valid().WithAnnotation("a", "one\ntwo").Build());

        Assert.Contains("    a: |-\n      one\n      two\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Timestamps_AreQuotedStrings()
    {
        var yaml = Yaml(RouteBuilder.Valid().AsStored().Build());

        Assert.Contains("  creationTimestamp: \"2024-05-01T12:34:56Z\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_UnsetCreationTimestamp_IsNull()
    {
        var yaml = Yaml(RouteBuilder.Valid().Build());

        Assert.Contains("  creationTimestamp: null\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Route_StartsWithSortedTopLevelKeysAndNoDocumentMarker()
    {
        var yaml = Yaml(RouteBuilder.Valid().Build());

        Assert.StartsWith("apiVersion: route.openshift.io/v1\nkind: Route\nmetadata:\n", yaml, StringComparison.Ordinal);
        Assert.EndsWith("status: {}\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("---", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_MapKeys_FollowGoYamlOrder()
    {
        var builder = RouteBuilder.Valid();
        foreach (var key in new[] { "b", "aB", "a10", "a9", "a_b", "A" })
        {
            builder.WithLabel(key, "x");
        }

        var yaml = Yaml(builder.Build());

        // Letters by code point, non-letters before letters, digit runs as numbers (sorter.go keyList.Less).
        Assert.Contains("  labels:\n    A: x\n    a_b: x\n    a9: x\n    a10: x\n    aB: x\n    b: x\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EmptyList_IsAFlowSequence()
    {
        var yaml = Encoding.UTF8.GetString(KubernetesYaml.SerializeToBytes(new RouteList { Kind = "RouteList", ApiVersion = "route.openshift.io/v1" }));

        Assert.Equal("apiVersion: route.openshift.io/v1\nitems: []\nkind: RouteList\nmetadata: {}\n", yaml);
    }

    [Fact]
    public void Serialize_ListItems_SitLevelWithTheirKey()
    {
        var yaml = Yaml(RouteBuilder.Valid().WithAlternateBackend("b", weight: 20).Build());

        Assert.Contains("  alternateBackends:\n  - kind: Service\n    name: b\n    weight: 20\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_LongMessage_IsFoldedNear80ColumnsAndReadsBack()
    {
        var message = string.Join(' ', Enumerable.Repeat("word", 40));
        var status = new Status { Result = "Failure", Message = message, Code = 500 };

        var yaml = Encoding.UTF8.GetString(KubernetesYaml.SerializeToBytes(status));

        Assert.All(yaml.Split('\n'), line => Assert.True(line.Length <= 84, line));
        Assert.Equal(message, KubernetesYaml.Deserialize<Status>(Encoding.UTF8.GetBytes(yaml)).Message);
    }

    [Theory]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("- dash")]
    [InlineData("key: value")]
    [InlineData("#hash")]
    [InlineData("text #comment")]
    [InlineData("'single'")]
    [InlineData("\"double\"")]
    [InlineData("tab\there")]
    [InlineData("bell\u0007")]
    [InlineData("multi\nline\n")]
    [InlineData("space before break \nline")]
    [InlineData("ends in spaces\n  ")]
    [InlineData("\n\nleading breaks")]
    [InlineData("  indented\nblock")]
    [InlineData("crlf\r\nline")]
    [InlineData("nel\u0085line")]
    [InlineData("ünïcödé ☃ 😀")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("%percent")]
    [InlineData("!bang")]
    [InlineData("&amp")]
    [InlineData("*star")]
    [InlineData("{brace}")]
    [InlineData("[bracket]")]
    [InlineData("|pipe")]
    [InlineData(">fold")]
    [InlineData("? question")]
    [InlineData(",comma")]
    [InlineData("a  double  spaced  sentence that is long enough to be folded by the emitter at eighty columns wide")]
    [InlineData("\"quoted and long\" with a backslash \\ and 'quotes' that goes past the eighty column limit for sure")]
    public void Serialize_TrickyString_ReadsBackUnchanged(string value)
    {
        Assert.Equal(value, RoundTrip(value));
    }

    [Theory]
    [InlineData("8080")]
    [InlineData("true")]
    [InlineData("a: b")]
    [InlineData("example.com/with space")]
    [InlineData("line\nbreak")]
    public void Serialize_TrickyMapKey_ReadsBackUnchanged(string key)
    {
        var yaml = KubernetesYaml.SerializeToBytes(RouteBuilder.Valid().WithAnnotation(key, "v").Build());

        var annotations = KubernetesYaml.Deserialize<Route>(yaml).Metadata.Annotations!;

        Assert.Equal("v", annotations[key]);
    }

    [Fact]
    public void FromJson_RouteJson_EqualsSerialize()
    {
        var route = RouteBuilder.Valid().AsStored().WithHost("a.example.com").Build();
        var output = new System.Buffers.ArrayBufferWriter<byte>();

        KubernetesYaml.FromJson(KubernetesJson.SerializeToBytes(route), output);

        Assert.Equal(KubernetesYaml.SerializeToBytes(route), output.WrittenSpan.ToArray());
    }

    private static string Yaml(Route route) => Encoding.UTF8.GetString(KubernetesYaml.SerializeToBytes(route));

    private static string RoundTrip(string value)
    {
        var yaml = KubernetesYaml.SerializeToBytes(RouteBuilder.Valid().WithAnnotation("a", value).Build());
        return KubernetesYaml.Deserialize<Route>(yaml).Metadata.Annotations!["a"];
    }
}
