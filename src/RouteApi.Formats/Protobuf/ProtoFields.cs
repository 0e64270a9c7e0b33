using ProtoBuf;
using ProtoBuf.Serializers;

namespace RouteApi.Formats.Protobuf;

/// <summary>
/// Field writers that follow the gogo-protobuf marshallers Kubernetes generates
/// (<c>generated.pb.go</c>, <c>MarshalToSizedBuffer</c>): a non-pointer string or message is always
/// written, even when empty (tag plus length 0); a pointer only when non-nil; a repeated field once
/// per item and not at all when empty; a map as one <c>{key = 1, value = 2}</c> entry per key in
/// sorted key order. Callers write fields in ascending field-number order, as gogo does.
/// </summary>
internal static class ProtoFields
{
    /// <summary>A length-delimited embedded message.</summary>
    public const SerializerFeatures MessageFeatures = SerializerFeatures.CategoryMessage | SerializerFeatures.WireTypeString;

    /// <summary>A non-pointer string: always written, <c>null</c> as <c>""</c>.</summary>
    public static void String(ref ProtoWriter.State state, int field, string? value)
    {
        state.WriteFieldHeader(field, WireType.String);
        state.WriteString(value ?? string.Empty, null);
    }

    /// <summary>A <c>*string</c>: written only when not <c>null</c>.</summary>
    public static void OptionalString(ref ProtoWriter.State state, int field, string? value)
    {
        if (value is not null)
        {
            String(ref state, field, value);
        }
    }

    /// <summary>A repeated string, one field per item (empty items included).</summary>
    public static void Strings(ref ProtoWriter.State state, int field, IReadOnlyList<string>? values)
    {
        foreach (var value in values ?? [])
        {
            String(ref state, field, value);
        }
    }

    /// <summary>An <c>int64</c> varint (negative values take ten bytes, as Go's <c>uint64(v)</c>).</summary>
    public static void Int64(ref ProtoWriter.State state, int field, long value)
    {
        state.WriteFieldHeader(field, WireType.Varint);
        state.WriteInt64(value);
    }

    /// <summary>An <c>int32</c> varint, sign-extended to 64 bits when negative.</summary>
    public static void Int32(ref ProtoWriter.State state, int field, int value) => Int64(ref state, field, value);

    /// <summary>A <c>bool</c> varint: 0 or 1.</summary>
    public static void Bool(ref ProtoWriter.State state, int field, bool value)
    {
        state.WriteFieldHeader(field, WireType.Varint);
        state.WriteBoolean(value);
    }

    /// <summary>An embedded message, always written (a zero-length body when empty).</summary>
    public static void Message<T>(ref ProtoWriter.State state, int field, T value, ISerializer<T> serializer) =>
        state.WriteMessage(field, MessageFeatures, value, serializer);

    /// <summary>A repeated message, one field per item.</summary>
    public static void Messages<T>(ref ProtoWriter.State state, int field, IReadOnlyList<T>? values, ISerializer<T> serializer)
    {
        foreach (var value in values ?? [])
        {
            state.WriteMessage(field, MessageFeatures, value, serializer);
        }
    }

    /// <summary>
    /// A <c>map&lt;string, string&gt;</c>. gogo sorts the keys (<c>sortkeys.Strings</c>, byte order);
    /// ordinal order is the same for every key without characters beyond U+FFFF, and is the order
    /// the JSON writer uses too.
    /// </summary>
    public static void Map(ref ProtoWriter.State state, int field, IReadOnlyDictionary<string, string>? map, ISerializer<KeyValuePair<string, string>> serializer)
    {
        if (map is null || map.Count == 0)
        {
            return;
        }

        foreach (var entry in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            state.WriteMessage(field, MessageFeatures, entry, serializer);
        }
    }

    /// <summary>A string read from the wire, or <c>null</c> when empty (an omitted optional field).</summary>
    public static string? Optional(string value) => value.Length == 0 ? null : value;

    /// <summary>A decoded list, or <c>null</c> when no item was read.</summary>
    public static IReadOnlyList<T>? OrNull<T>(List<T>? items) => items is { Count: > 0 } ? items : null;
}
