using System.Globalization;

namespace RouteApi.Core.Paging;

/// <summary>
/// Go's <c>base64.RawURLEncoding.DecodeString</c>: URL-safe alphabet, no padding ('=' is an illegal
/// character), CR and LF skipped, unused trailing bits ignored, and the same
/// <c>illegal base64 data at input byte N</c> errors.
/// </summary>
internal static class GoBase64
{
    public static bool TryDecodeRawUrl(string text, out byte[] bytes, out string error)
    {
        var output = new List<byte>(text.Length * 3 / 4);
        int buffer = 0, bits = 0, quantum = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                continue;
            }

            var value = Sextet(c);
            if (value < 0)
            {
                return Fail(i, out bytes, out error);
            }

            buffer = (buffer << 6) | value;
            bits += 6;
            quantum = (quantum + 1) % 4;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        // A single character cannot encode a byte; Go reports the last input byte.
        if (quantum == 1)
        {
            return Fail(text.Length - 1, out bytes, out error);
        }

        bytes = [.. output];
        error = string.Empty;
        return true;
    }

    private static bool Fail(int index, out byte[] bytes, out string error)
    {
        bytes = [];
        error = "illegal base64 data at input byte " + index.ToString(CultureInfo.InvariantCulture);
        return false;
    }

    private static int Sextet(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}
