namespace RouteApi.Core.Admission;

/// <summary>One decoded PEM block: its type (<c>CERTIFICATE</c>, <c>PRIVATE KEY</c>…) and DER bytes.</summary>
/// <param name="Type">The word between <c>BEGIN</c> and the dashes.</param>
/// <param name="Bytes">The base64-decoded body.</param>
internal sealed record PemBlock(string Type, byte[] Bytes)
{
    private const string BeginMarker = "-----BEGIN ";
    private const string EndMarker = "-----END ";
    private const string Dashes = "-----";

    /// <summary>
    /// Every well-formed block of <paramref name="text"/>, in order. As Go's <c>pem.Decode</c>, text
    /// between blocks is ignored and a block whose end line or base64 is broken is skipped.
    /// </summary>
    public static List<PemBlock> ReadAll(string text)
    {
        var blocks = new List<PemBlock>();
        var position = 0;
        while (true)
        {
            var begin = text.IndexOf(BeginMarker, position, StringComparison.Ordinal);
            if (begin < 0)
            {
                return blocks;
            }

            var typeStart = begin + BeginMarker.Length;
            var typeEnd = text.IndexOf(Dashes, typeStart, StringComparison.Ordinal);
            var lineEnd = text.IndexOf('\n', typeStart);
            if (typeEnd < 0 || (lineEnd >= 0 && typeEnd > lineEnd))
            {
                position = typeStart;
                continue;
            }

            var type = text[typeStart..typeEnd];
            var end = text.IndexOf(EndMarker + type + Dashes, typeEnd, StringComparison.Ordinal);
            if (end < 0)
            {
                position = typeStart;
                continue;
            }

            var body = text[(typeEnd + Dashes.Length)..end];
            if (TryDecode(body, out var bytes))
            {
                blocks.Add(new PemBlock(type, bytes));
            }

            position = end + EndMarker.Length;
        }
    }

    private static bool TryDecode(string body, out byte[] bytes)
    {
        var compact = string.Concat(body.Where(c => !char.IsWhiteSpace(c)));
        bytes = [];
        if (compact.Contains(':', StringComparison.Ordinal))
        {
            // Encrypted (Proc-Type) blocks carry headers; the router cannot use them either.
            return false;
        }

        try
        {
            bytes = Convert.FromBase64String(compact);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
