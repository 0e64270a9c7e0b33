using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using ProtoBuf;

namespace RouteApi.Formats.Protobuf;

/// <summary>
/// Frames of an <c>application/vnd.kubernetes.protobuf;stream=watch</c> response, as client-go's
/// <c>LengthDelimitedFrameReader</c> reads them: a 4-byte big-endian length, then a raw
/// <c>metav1.WatchEvent{type = 1, object = 2 RawExtension{raw = 1}}</c> (no magic on the frame)
/// whose raw holds the object in its normal <c>k8s\0</c> envelope. Since the object arrives already
/// encoded, one encoding of a change serves every watcher.
/// </summary>
public static class ProtobufWatchFrame
{
    /// <summary>The largest frame <see cref="ReadAsync"/> accepts.</summary>
    public const int MaxFrameLength = 64 * 1024 * 1024;

    /// <summary>Writes one frame.</summary>
    /// <param name="type"><c>ADDED</c>, <c>MODIFIED</c>, <c>DELETED</c>, <c>BOOKMARK</c> or <c>ERROR</c>.</param>
    /// <param name="envelopedObject">The object as <see cref="KubernetesProtobuf.Serialize{T}(T, IBufferWriter{byte})"/> wrote it.</param>
    /// <param name="output">Where the frame goes.</param>
    public static void Write(string type, ReadOnlySpan<byte> envelopedObject, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(output);
        var typeLength = Encoding.UTF8.GetByteCount(type);
        var rawExtension = 1 + ProtoVarint.Size((ulong)envelopedObject.Length) + envelopedObject.Length;
        var body = 1 + ProtoVarint.Size((ulong)typeLength) + typeLength + 1 + ProtoVarint.Size((ulong)rawExtension) + rawExtension;

        var header = output.GetSpan(4 + 1 + ProtoVarint.MaxLength + typeLength + 1 + ProtoVarint.MaxLength + 1 + ProtoVarint.MaxLength);
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)body);
        var i = 4;
        header[i++] = 0x0a; // type = 1, length-delimited
        i += ProtoVarint.Write(header[i..], (ulong)typeLength);
        i += Encoding.UTF8.GetBytes(type, header[i..]);
        header[i++] = 0x12; // object = 2
        i += ProtoVarint.Write(header[i..], (ulong)rawExtension);
        header[i++] = 0x0a; // RawExtension.raw = 1
        i += ProtoVarint.Write(header[i..], (ulong)envelopedObject.Length);
        output.Advance(i);
        output.Write(envelopedObject);
    }

    /// <summary>
    /// Reads the frame at the start of <paramref name="buffer"/> and moves the buffer past it.
    /// Returns false, leaving the buffer alone, when the frame is not complete yet.
    /// </summary>
    /// <exception cref="FormatDecodeException">The frame body is not a WatchEvent.</exception>
    public static bool TryRead(ref ReadOnlyMemory<byte> buffer, [NotNullWhen(true)] out ProtobufWatchEvent? watchEvent)
    {
        watchEvent = null;
        if (buffer.Length < 4)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(buffer.Span);
        if ((ulong)buffer.Length - 4 < length)
        {
            return false;
        }

        watchEvent = Parse(buffer.Slice(4, (int)length));
        buffer = buffer[(4 + (int)length)..];
        return true;
    }

    /// <summary>Reads the next frame of a stream; <c>null</c> when the stream ends cleanly between frames.</summary>
    /// <exception cref="FormatDecodeException">The stream ends inside a frame, or a frame is too long or not a WatchEvent.</exception>
    public static async Task<ProtobufWatchEvent?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var prefix = new byte[4];
        var read = await stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return null;
        }

        var length = read == prefix.Length ? BinaryPrimitives.ReadUInt32BigEndian(prefix) : throw Truncated();
        if (length > MaxFrameLength)
        {
            throw new FormatDecodeException($"protobuf watch: frame of {length} bytes exceeds {MaxFrameLength}");
        }

        var body = new byte[length];
        if (await stream.ReadAtLeastAsync(body, body.Length, throwOnEndOfStream: false, cancellationToken) < body.Length)
        {
            throw Truncated();
        }

        return Parse(body);
    }

    private static ProtobufWatchEvent Parse(ReadOnlyMemory<byte> body)
    {
        var state = ProtoReader.State.Create(body, null, null);
        try
        {
            var type = string.Empty;
            var raw = ReadOnlyMemory<byte>.Empty;
            int field;
            while ((field = state.ReadFieldHeader()) > 0)
            {
                switch (field)
                {
                    case 1: type = state.ReadString(); break;
                    case 2: raw = ReadRawExtension(state.AppendBytes(ReadOnlyMemory<byte>.Empty)); break;
                    default: state.SkipField(); break;
                }
            }

            return new ProtobufWatchEvent(type, raw);
        }
        catch (Exception e) when (e is ProtoException or EndOfStreamException or OverflowException or InvalidOperationException or ArgumentException)
        {
            throw new FormatDecodeException("protobuf watch: invalid WatchEvent: " + e.Message, e);
        }
        finally
        {
            state.Dispose();
        }
    }

    private static ReadOnlyMemory<byte> ReadRawExtension(ReadOnlyMemory<byte> message)
    {
        var state = ProtoReader.State.Create(message, null, null);
        try
        {
            var raw = ReadOnlyMemory<byte>.Empty;
            int field;
            while ((field = state.ReadFieldHeader()) > 0)
            {
                if (field == 1)
                {
                    raw = state.AppendBytes(ReadOnlyMemory<byte>.Empty);
                }
                else
                {
                    state.SkipField();
                }
            }

            return raw;
        }
        finally
        {
            state.Dispose();
        }
    }

    private static FormatDecodeException Truncated() => new("protobuf watch: the stream ended inside a frame");
}
