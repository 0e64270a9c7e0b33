using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Security;

/// <summary>
/// Reads a protobuf <c>SelfSubjectAccessReview</c> (what kubectl sends: the <c>k8s\0</c> envelope
/// around <c>runtime.Unknown</c>) into the JSON shape of its spec. Field numbers follow
/// k8s.io/api authorization/v1 <c>generated.proto</c>; unknown fields are skipped.
/// </summary>
internal static class AccessReviewProtobuf
{
    private static readonly string[] ResourceFields = ["", "namespace", "verb", "group", "version", "resource", "subresource", "name"];
    private static readonly string[] NonResourceFields = ["", "path", "verb"];

    /// <summary>The review as JSON (<c>{"spec": {...}}</c>); throws <see cref="FormatException"/> for malformed bytes.</summary>
    public static JsonObject Read(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith("k8s\0"u8))
        {
            throw new FormatException("the body does not start with the Kubernetes protobuf prefix");
        }

        var raw = Field(body[4..], 2);
        var spec = new JsonObject();
        var specBytes = Field(raw, 2);
        if (Has(specBytes, 1))
        {
            spec["resourceAttributes"] = Strings(Field(specBytes, 1), ResourceFields);
        }

        if (Has(specBytes, 2))
        {
            spec["nonResourceAttributes"] = Strings(Field(specBytes, 2), NonResourceFields);
        }

        return new JsonObject { ["spec"] = spec };
    }

    private static JsonObject Strings(ReadOnlySpan<byte> message, string[] names)
    {
        var result = new JsonObject();
        for (var number = 1; number < names.Length; number++)
        {
            if (Has(message, number))
            {
                result[names[number]] = Encoding.UTF8.GetString(Field(message, number));
            }
        }

        return result;
    }

    private static bool Has(ReadOnlySpan<byte> message, int number) => TryField(message, number, out _);

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> message, int number) =>
        TryField(message, number, out var value) ? value : [];

    /// <summary>The last length-delimited field <paramref name="number"/> of a message (protobuf's last-wins rule).</summary>
    private static bool TryField(ReadOnlySpan<byte> message, int number, out ReadOnlySpan<byte> value)
    {
        value = default;
        var found = false;
        var position = 0;
        while (position < message.Length)
        {
            var key = Varint(message, ref position);
            var length = (key & 7) switch
            {
                0 => SkipVarint(message, ref position),
                1 => 8,
                2 => checked((int)Varint(message, ref position)),
                5 => 4,
                _ => throw new FormatException($"unsupported protobuf wire type {key & 7}"),
            };
            if (length < 0 || position + length > message.Length)
            {
                throw new FormatException("a protobuf field runs past the end of the body");
            }

            if ((key & 7) == 2 && (key >> 3) == (ulong)number)
            {
                value = message.Slice(position, length);
                found = true;
            }

            position += length;
        }

        return found;
    }

    private static int SkipVarint(ReadOnlySpan<byte> message, ref int position)
    {
        Varint(message, ref position);
        return 0;
    }

    private static ulong Varint(ReadOnlySpan<byte> message, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= message.Length)
            {
                throw new FormatException("a protobuf varint runs past the end of the body");
            }

            var b = message[position++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new FormatException("a protobuf varint is longer than 10 bytes");
    }
}
