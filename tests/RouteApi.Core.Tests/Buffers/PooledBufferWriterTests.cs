using System.Text.Json;

namespace RouteApi.Core.Buffers.Tests;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Writes_PastTheFirstBuffer_KeepEveryByteInOrder()
    {
        using var writer = new PooledBufferWriter(16);
        var expected = Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray();

        for (var offset = 0; offset < expected.Length; offset += 7)
        {
            var chunk = expected.AsSpan(offset, Math.Min(7, expected.Length - offset));
            chunk.CopyTo(writer.GetSpan(chunk.Length));
            writer.Advance(chunk.Length);
        }

        Assert.Equal(expected.Length, writer.WrittenCount);
        Assert.Equal(expected, writer.WrittenSpan.ToArray());
        Assert.Equal(expected, writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void Utf8JsonWriter_OnTop_ProducesTheDocument()
    {
        using var buffer = new PooledBufferWriter(1);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("host", new string('h', 5000));
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        Assert.Equal(5000, document.RootElement.GetProperty("host").GetString()!.Length);
    }

    [Fact]
    public void Advance_BeyondTheMemoryHandedOut_Throws()
    {
        using var writer = new PooledBufferWriter(16);
        var available = writer.GetSpan(16).Length;

        Assert.Throws<InvalidOperationException>(() => writer.Advance(available + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }

    [Fact]
    public void Use_AfterDispose_Throws()
    {
        var writer = new PooledBufferWriter();
        writer.Dispose();
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.GetMemory());
        Assert.Equal(0, writer.WrittenCount);
    }
}
