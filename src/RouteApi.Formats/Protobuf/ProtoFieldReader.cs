namespace RouteApi.Formats.Protobuf;

/// <summary>
/// Walks the fields of one protobuf message without a schema, for the few small messages read
/// field by field (SelfSubjectAccessReview): each step yields the field number and, for
/// length-delimited fields, the bytes; varint and fixed-width fields are skipped over.
/// </summary>
internal ref struct ProtoFieldReader(ReadOnlySpan<byte> message)
{
    private ReadOnlySpan<byte> _rest = message;

    /// <summary>The current field's number.</summary>
    public int Field { get; private set; }

    /// <summary>The current field's bytes when it is length-delimited (strings, messages); empty otherwise.</summary>
    public ReadOnlySpan<byte> Bytes { get; private set; }

    /// <summary>Moves to the next field; false at the end. Malformed input throws <see cref="FormatException"/>.</summary>
    public bool Next()
    {
        if (_rest.IsEmpty)
        {
            return false;
        }

        var key = ReadVarint();
        Field = (int)(key >> 3);
        Bytes = default;
        switch (key & 7)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                Skip(8);
                break;
            case 2:
                var length = ReadVarint();
                if (length > (ulong)_rest.Length)
                {
                    throw new FormatException("a length-delimited field runs past the end of its message");
                }

                Bytes = _rest[..(int)length];
                _rest = _rest[(int)length..];
                break;
            case 5:
                Skip(4);
                break;
            default:
                throw new FormatException($"unsupported protobuf wire type {key & 7}");
        }

        return true;
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_rest.IsEmpty)
            {
                throw new FormatException("a varint runs past the end of its message");
            }

            var b = _rest[0];
            _rest = _rest[1..];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a varint is longer than 10 bytes");
    }

    private void Skip(int count)
    {
        if (count > _rest.Length)
        {
            throw new FormatException("a fixed-width field runs past the end of its message");
        }

        _rest = _rest[count..];
    }
}
