using System.Buffers;
using System.Text;
using RouteApi.Testing;

namespace RouteApi.Formats.Json.Tests;

public sealed class JsonWatchFrameTests
{
    [Fact]
    public void Write_CompactObjectWithNewline_WritesOneEventLine()
    {
        var output = new ArrayBufferWriter<byte>();

        JsonWatchFrame.Write("DELETED", "{\"kind\":\"Route\"}\n"u8, output);

        Assert.Equal("{\"type\":\"DELETED\",\"object\":{\"kind\":\"Route\"}}\n", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void Write_SerializedRoute_EmbedsTheBytesUnchanged()
    {
        var json = KubernetesJson.SerializeCompact(RouteBuilder.Valid().WithAnnotation("a", "<&>").Build());
        var output = new ArrayBufferWriter<byte>();

        JsonWatchFrame.Write("ADDED", json, output);

        Assert.Equal("{\"type\":\"ADDED\",\"object\":" + Encoding.UTF8.GetString(json) + "}\n", Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
