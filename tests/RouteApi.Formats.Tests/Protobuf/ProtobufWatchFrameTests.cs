using System.Buffers;
using System.Buffers.Binary;
using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Formats.Protobuf.Tests;

public sealed class ProtobufWatchFrameTests
{
    [Fact]
    public void Write_Frame_StartsWithTheBigEndianBodyLength()
    {
        var output = new ArrayBufferWriter<byte>();

        ProtobufWatchFrame.Write("MODIFIED", Enveloped(RouteBuilder.Valid().Build()), output);

        Assert.Equal((uint)(output.WrittenCount - 4), BinaryPrimitives.ReadUInt32BigEndian(output.WrittenSpan));
    }

    [Fact]
    public void TryRead_TwoFrames_ReadsBothInOrder()
    {
        var first = Enveloped(RouteBuilder.Valid("a").Build());
        var second = Enveloped(new Status { Result = "Failure", Code = 410, Reason = "Expired" });
        var output = new ArrayBufferWriter<byte>();
        ProtobufWatchFrame.Write("ADDED", first, output);
        ProtobufWatchFrame.Write("ERROR", second, output);
        ReadOnlyMemory<byte> buffer = output.WrittenSpan.ToArray();

        Assert.True(ProtobufWatchFrame.TryRead(ref buffer, out var added));
        Assert.True(ProtobufWatchFrame.TryRead(ref buffer, out var error));

        Assert.Equal("ADDED", added.Type);
        Assert.Equal(first, added.EnvelopedObject.ToArray());
        Assert.Equal("ERROR", error.Type);
        Assert.Equal(410, KubernetesProtobuf.Deserialize<Status>(error.EnvelopedObject).Code);
        Assert.True(buffer.IsEmpty);
    }

    [Fact]
    public void TryRead_IncompleteFrame_ReturnsFalseAndKeepsTheBuffer()
    {
        var output = new ArrayBufferWriter<byte>();
        ProtobufWatchFrame.Write("ADDED", Enveloped(RouteBuilder.Valid().Build()), output);
        ReadOnlyMemory<byte> buffer = output.WrittenSpan[..^1].ToArray();

        var read = ProtobufWatchFrame.TryRead(ref buffer, out var watchEvent);

        Assert.False(read);
        Assert.Null(watchEvent);
        Assert.Equal(output.WrittenCount - 1, buffer.Length);
    }

    [Fact]
    public async Task ReadAsync_Stream_ReadsEveryFrameThenNull()
    {
        var list = new RouteList { Items = [.. Enumerable.Range(0, 300).Select(i => RouteBuilder.Valid($"r{i}").Build())] };
        var output = new ArrayBufferWriter<byte>();
        ProtobufWatchFrame.Write("ADDED", Enveloped(RouteBuilder.Valid().Build()), output);
        ProtobufWatchFrame.Write("BOOKMARK", Enveloped(list), output);
        using var stream = new MemoryStream(output.WrittenSpan.ToArray());

        var first = await ProtobufWatchFrame.ReadAsync(stream, TestContext.Current.CancellationToken);
        var second = await ProtobufWatchFrame.ReadAsync(stream, TestContext.Current.CancellationToken);
        var end = await ProtobufWatchFrame.ReadAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal("ADDED", first?.Type);
        Assert.Equal(300, KubernetesProtobuf.Deserialize<RouteList>(second!.EnvelopedObject).Items.Count);
        Assert.Null(end);
    }

    [Fact]
    public async Task ReadAsync_StreamEndingInsideAFrame_Throws()
    {
        var output = new ArrayBufferWriter<byte>();
        ProtobufWatchFrame.Write("ADDED", Enveloped(RouteBuilder.Valid().Build()), output);
        using var stream = new MemoryStream(output.WrittenSpan[..^3].ToArray());

        await Assert.ThrowsAsync<FormatDecodeException>(() => ProtobufWatchFrame.ReadAsync(stream, TestContext.Current.CancellationToken));
    }

    private static byte[] Enveloped<T>(T value)
        where T : class => KubernetesProtobuf.SerializeToBytes(value);
}
