using System.Buffers;
using System.Text;
using System.Text.Json;
using ProtoBuf;

namespace RouteApi.Formats.Protobuf;

/// <summary>
/// Kubernetes protobuf (<c>application/vnd.kubernetes.protobuf</c>) for Route, RouteList, Status and
/// DeleteOptions: the magic <c>k8s\0</c> followed by a <c>runtime.Unknown</c> envelope
/// <c>{typeMeta = 1 {apiVersion = 1, kind = 2}, raw = 2, contentEncoding = 3, contentType = 4}</c>
/// whose raw holds the object's message, byte for byte as kube-apiserver's gogo marshallers write
/// it (see <see cref="ProtoFields"/>). Times carry whole seconds; <c>metadata.clusterName</c> and
/// <c>metadata.initializers</c> have no protobuf field and are dropped.
/// </summary>
public static class KubernetesProtobuf
{
    /// <summary>The media type of a protobuf body.</summary>
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    /// <summary>The media type of a protobuf watch stream (see <see cref="ProtobufWatchFrame"/>).</summary>
    public const string WatchMediaType = MediaType + ";stream=watch";

    /// <summary>The error for a body without the magic, worded as apimachinery's protobuf serializer words it.</summary>
    public const string NotProtobufMessage = "provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]";

    /// <summary>The four bytes every body starts with: <c>k8s\0</c> (<c>6b 38 73 00</c>).</summary>
    public static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    /// <summary>True when <paramref name="data"/> starts with <see cref="Magic"/>.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> data) => data.StartsWith(Magic);

    /// <summary>
    /// Writes <paramref name="value"/> in its envelope. The envelope type is the object's own
    /// apiVersion and kind, or <c>route.openshift.io/v1</c> Route/RouteList, <c>v1</c> Status and
    /// <c>meta.k8s.io/v1</c> DeleteOptions when they are empty.
    /// </summary>
    /// <typeparam name="T">Route, RouteList, Status or DeleteOptions.</typeparam>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no protobuf form.</exception>
    public static void Serialize<T>(T value, IBufferWriter<byte> output)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        var serializer = ProtoObjectTypes.SerializerFor<T>();
        var typeMeta = ProtoObjectTypes.TypeMetaOf(value);
        output.Write(Magic);
        var state = ProtoWriter.State.Create(output, null, null);
        try
        {
            // runtime.Unknown: all four fields always written, raw included (runtime/types_proto.go NestedMarshalTo).
            ProtoFields.Message(ref state, 1, typeMeta, ProtoSerializers.Instance);
            ProtoFields.Message(ref state, 2, value, serializer);
            ProtoFields.String(ref state, 3, string.Empty);
            ProtoFields.String(ref state, 4, string.Empty);
            state.Close();
        }
        finally
        {
            state.Dispose();
        }
    }

    /// <summary>Writes <paramref name="value"/> to a new array (see <see cref="Serialize{T}(T, IBufferWriter{byte})"/>).</summary>
    /// <typeparam name="T">Route, RouteList, Status or DeleteOptions.</typeparam>
    public static byte[] SerializeToBytes<T>(T value)
        where T : class
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Serialize(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the envelope of a protobuf body; unknown envelope fields are skipped.</summary>
    /// <exception cref="FormatDecodeException">The body is empty, lacks the magic, or is not a valid envelope.</exception>
    public static ProtobufEnvelope ReadEnvelope(ReadOnlyMemory<byte> data) => ReadEnvelope(new ReadOnlySequence<byte>(data));

    /// <summary>Reads the envelope of a protobuf body held in several buffers.</summary>
    /// <exception cref="FormatDecodeException">The body is empty, lacks the magic, or is not a valid envelope.</exception>
    public static ProtobufEnvelope ReadEnvelope(ReadOnlySequence<byte> data)
    {
        CheckMagic(data);
        var state = ProtoReader.State.Create(data.Slice(Magic.Length), null, null);
        try
        {
            var typeMeta = new ProtoTypeMeta(string.Empty, string.Empty);
            var raw = ReadOnlyMemory<byte>.Empty;
            string encoding = string.Empty, contentType = string.Empty;
            int field;
            while ((field = state.ReadFieldHeader()) > 0)
            {
                switch (field)
                {
                    case 1: typeMeta = state.ReadMessage(ProtoFields.MessageFeatures, typeMeta, ProtoSerializers.Instance); break;
                    case 2: raw = state.AppendBytes(ReadOnlyMemory<byte>.Empty); break;
                    case 3: encoding = state.ReadString(); break;
                    case 4: contentType = state.ReadString(); break;
                    default: state.SkipField(); break;
                }
            }

            return new ProtobufEnvelope { ApiVersion = typeMeta.ApiVersion, Kind = typeMeta.Kind, Raw = raw, ContentEncoding = encoding, ContentType = contentType };
        }
        catch (Exception e) when (IsDecodeError(e))
        {
            throw new FormatDecodeException("protobuf: invalid envelope: " + e.Message, e);
        }
        finally
        {
            state.Dispose();
        }
    }

    /// <summary>
    /// Reads a <typeparamref name="T"/> from a protobuf body. Its kind and apiVersion are the
    /// envelope's (when set), so the caller checks them on the object; unknown fields are skipped.
    /// </summary>
    /// <typeparam name="T">Route, RouteList, Status or DeleteOptions.</typeparam>
    /// <exception cref="FormatDecodeException">The body is not a valid protobuf <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(ReadOnlyMemory<byte> data)
        where T : class => Deserialize<T>(ReadEnvelope(data));

    /// <summary>Reads a <typeparamref name="T"/> from a protobuf body held in several buffers.</summary>
    /// <typeparam name="T">Route, RouteList, Status or DeleteOptions.</typeparam>
    /// <exception cref="FormatDecodeException">The body is not a valid protobuf <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(ReadOnlySequence<byte> data)
        where T : class => Deserialize<T>(ReadEnvelope(data));

    /// <summary>Reads a <typeparamref name="T"/> from the raw message of an envelope already read (after checking its kind).</summary>
    /// <typeparam name="T">Route, RouteList, Status or DeleteOptions.</typeparam>
    /// <exception cref="FormatDecodeException">The raw message is not a valid <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(ProtobufEnvelope envelope)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var serializer = ProtoObjectTypes.SerializerFor<T>();
        var state = ProtoReader.State.Create(envelope.Raw, null, null);
        try
        {
            var value = serializer.Read(ref state, null!);
            ProtoObjectTypes.Stamp(value, envelope);
            return value;
        }
        catch (Exception e) when (IsDecodeError(e))
        {
            throw new FormatDecodeException($"protobuf: cannot decode {typeof(T).Name}: {e.Message}", e);
        }
        finally
        {
            state.Dispose();
        }
    }

    // apimachinery protobuf.go Decode: "empty data", then the prefix check, then "empty body".
    private static void CheckMagic(ReadOnlySequence<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new FormatDecodeException("empty data");
        }

        Span<byte> head = stackalloc byte[4];
        if (data.Length < head.Length || !CopyHead(data, head).SequenceEqual(Magic))
        {
            throw new FormatDecodeException(NotProtobufMessage);
        }

        if (data.Length == head.Length)
        {
            throw new FormatDecodeException("empty body");
        }
    }

    private static Span<byte> CopyHead(ReadOnlySequence<byte> data, Span<byte> head)
    {
        data.Slice(0, head.Length).CopyTo(head);
        return head;
    }

    // What protobuf-net and the field readers throw on malformed input: bad wire types and
    // truncation, varint overflow, invalid UTF-8, out-of-range times and invalid fieldsV1 JSON.
    private static bool IsDecodeError(Exception e) =>
        e is ProtoException or EndOfStreamException or OverflowException or InvalidOperationException
            or ArgumentException or DecoderFallbackException or JsonException;
}
