using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RouteApi.Formats.Json;

/// <summary>
/// Kubernetes <c>metav1.Time</c> in JSON: RFC 3339 in UTC with whole seconds
/// (<c>2024-05-01T12:34:56Z</c>). Reading accepts any RFC 3339 precision and offset and drops the
/// fraction, as the Go type does.
/// </summary>
internal sealed class KubernetesTimeConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The form kube (and this converter) writes, read without making a string: every stored
        // route holds a few, and a cold start reads them all.
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && reader.ValueSpan is { Length: 20 } canonical && canonical[10] == (byte)'T' && canonical[19] == (byte)'Z'
            && reader.TryGetDateTimeOffset(out var parsed))
        {
            return parsed;
        }

        var text = reader.GetString();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            || text.Length < 20 || text[10] != 'T')
        {
            throw new JsonException($"parsing time \"{text}\": not an RFC 3339 time");
        }

        return Truncate(value);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        // The format is always 20 bytes (years 0001-9999), so the buffer always fits it.
        Span<byte> text = stackalloc byte[32];
        _ = value.UtcDateTime.TryFormat(text, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }

    /// <summary>Drops the sub-second part and converts to UTC.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
