using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;

namespace RouteApi.Formats.Golden.Tests;

/// <summary>Every format's output compared byte for byte with <c>testdata/&lt;case&gt;/</c>.</summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> Cases => [.. GoldenCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_GoldenCase_MatchesFile(string name) =>
        GoldenFiles.AssertMatches(name, "route.json", GoldenCases.Get(name).ToJson(pretty: true));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Yaml_GoldenCase_MatchesFile(string name) =>
        GoldenFiles.AssertMatches(name, "route.yaml", GoldenCases.Get(name).ToYaml());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Protobuf_GoldenCase_MatchesFile(string name) =>
        GoldenFiles.AssertMatches(name, "route.pb", GoldenCases.Get(name).ToProtobuf());

    [Fact]
    public void WatchEvent_JsonLine_MatchesFile()
    {
        var line = new ArrayBufferWriter<byte>();

        JsonWatchFrame.Write("ADDED", KubernetesJson.SerializeToBytes(GoldenCases.WatchedRoute()), line);

        GoldenFiles.AssertMatches(GoldenCases.WatchEvent, "route.json", line.WrittenSpan.ToArray());
    }

    [Fact]
    public void WatchEvent_ProtobufFrame_MatchesFile()
    {
        var frame = new ArrayBufferWriter<byte>();

        ProtobufWatchFrame.Write("ADDED", KubernetesProtobuf.SerializeToBytes(GoldenCases.WatchedRoute()), frame);

        GoldenFiles.AssertMatches(GoldenCases.WatchEvent, "route.pb", frame.WrittenSpan.ToArray());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_CompactOutput_EqualsGoldenFileWithoutWhitespace(string name)
    {
        var golden = GoldenFiles.Read(name, "route.json");

        var compact = GoldenCases.Get(name).ToJson(pretty: false);

        Assert.Equal(Minify(golden) + "\n", Encoding.UTF8.GetString(compact));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Yaml_GoldenFile_ReadsBackAsTheGoldenJsonObject(string name)
    {
        var yaml = GoldenFiles.Read(name, "route.yaml");
        var json = JsonNode.Parse(GoldenFiles.Read(name, "route.json"));

        var fromYaml = JsonNode.Parse(KubernetesYaml.ConvertToJson(yaml));

        Assert.True(JsonNode.DeepEquals(json, fromYaml), $"YAML reads back as\n{fromYaml}\nnot\n{json}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Protobuf_GoldenFile_DecodesToTheGoldenJson(string name)
    {
        var golden = GoldenCases.Get(name);

        var json = golden.JsonFromProtobuf(GoldenFiles.Read(name, "route.pb"));

        Assert.Equal(Minify(GoldenFiles.Read(name, "route.json")) + "\n", json);
    }

    [Fact]
    public void WatchEvent_ProtobufGoldenFrame_ReadsBackAsTheRoute()
    {
        ReadOnlyMemory<byte> frame = GoldenFiles.Read(GoldenCases.WatchEvent, "route.pb");

        Assert.True(ProtobufWatchFrame.TryRead(ref frame, out var watchEvent));

        Assert.Equal("ADDED", watchEvent.Type);
        Assert.True(frame.IsEmpty);
        Assert.Equal(KubernetesProtobuf.SerializeToBytes(GoldenCases.WatchedRoute()), watchEvent.EnvelopedObject.ToArray());
    }

    private static string Minify(byte[] json)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonDocument.Parse(json).WriteTo(writer);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
