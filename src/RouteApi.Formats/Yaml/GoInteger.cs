namespace RouteApi.Formats.Yaml;

/// <summary>
/// Go's <c>strconv.ParseInt(s, 0, 64)</c> and <c>ParseUint(s, 0, 64)</c>: an optional sign (signed
/// only), then <c>0x</c> hexadecimal, <c>0o</c> or a leading <c>0</c> octal, <c>0b</c> binary, or
/// decimal digits; out-of-range values fail.
/// </summary>
internal static class GoInteger
{
    /// <summary>Parses a signed 64-bit integer.</summary>
    public static bool TryParseInt64(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (!TryParseUInt64(text, out var magnitude))
        {
            return false;
        }

        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1)
            {
                return false;
            }

            value = (long)(0 - magnitude);
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        value = (long)magnitude;
        return true;
    }

    /// <summary>Parses an unsigned 64-bit integer (no sign allowed).</summary>
    public static bool TryParseUInt64(ReadOnlySpan<char> text, out ulong value)
    {
        value = 0;
        var radix = 10u;
        if (text.Length > 1 && text[0] == '0')
        {
            radix = char.ToLowerInvariant(text[1]) switch
            {
                'x' => 16u,
                'o' => 8u,
                'b' => 2u,
                _ => 0u,
            };
            text = radix == 0 ? text[1..] : text[2..];
            radix = radix == 0 ? 8u : radix;
        }

        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = char.IsAsciiDigit(c) ? (uint)(c - '0')
                : char.IsAsciiLetter(c) ? (uint)(char.ToLowerInvariant(c) - 'a' + 10)
                : uint.MaxValue;
            if (digit >= radix || value > (ulong.MaxValue - digit) / radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        return true;
    }
}
