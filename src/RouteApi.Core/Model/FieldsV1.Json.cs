using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RouteApi.Core.Model;

// Reading and writing the canonical JSON form. A value not already in that form is copied token by
// token through a Utf8JsonWriter, which validates it and settles whitespace and escaping in one
// pass without building a JsonDocument.
public sealed partial class FieldsV1
{
    // The writer options of the canonical form: those of Kubernetes JSON output, without indentation.
    internal static readonly JsonWriterOptions CanonicalWriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    // Bytes already checked once are re-read without a depth limit of their own: the writer they
    // are written to enforces its own.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 1000 };

    // A scratch buffer grown past this by an unusually large value is not kept.
    private const int ScratchLimit = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _scratch;

    [ThreadStatic]
    private static Utf8JsonWriter? _scratchWriter;

    /// <summary>Reads one JSON value (any kind, as kube accepts) from UTF-8 text such as a protobuf <c>raw</c>.</summary>
    /// <exception cref="JsonException">The text is not exactly one JSON value.</exception>
    public static FieldsV1 Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read())
        {
            throw new JsonException("fieldsV1: expected a JSON value");
        }

        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("fieldsV1: unexpected data after the JSON value");
        }

        return value;
    }

    /// <summary>
    /// Reads the JSON value that starts at the reader's current token and leaves the reader on its
    /// last token, as a <c>JsonConverter</c> must. The whole value must be in the reader's buffer.
    /// </summary>
    /// <exception cref="JsonException">The value is not valid JSON.</exception>
    public static FieldsV1 ReadValue(ref Utf8JsonReader reader)
    {
        if (TryReadCanonical(ref reader) is { } canonical)
        {
            return canonical;
        }

        // Every stored route read decodes its entries here, so the scratch buffer and writer are
        // kept per thread; only the exact-size result is allocated. Nothing called below can
        // re-enter, so one pair per thread is enough.
        var buffer = _scratch ??= new ArrayBufferWriter<byte>(1024);
        var writer = _scratchWriter ??= new Utf8JsonWriter(buffer, CanonicalWriterOptions);
        try
        {
            Copy(ref reader, writer);
            writer.Flush();
            return new FieldsV1(buffer.WrittenSpan.ToArray());
        }
        finally
        {
            writer.Reset();
            buffer.ResetWrittenCount();
            if (buffer.Capacity > ScratchLimit)
            {
                (_scratch, _scratchWriter) = (null, null);
            }
        }
    }

    /// <summary>
    /// Writes the value: its bytes as they are to a compact writer with Kubernetes escaping, and
    /// otherwise (indented, or another encoder) through a parsed document, so the output is what
    /// the writer makes of any JSON value.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!writer.Options.Indented && ReferenceEquals(writer.Options.Encoder, CanonicalWriterOptions.Encoder))
        {
            writer.WriteRawValue(_raw, skipInputValidation: true);
            return;
        }

        // Rare (pretty output): only JsonElement can indent a raw number, so it is parsed here.
        using var document = JsonDocument.Parse(Raw, DocumentOptions);
        document.RootElement.WriteTo(writer);
    }

    /// <summary>Wraps bytes that a <see cref="CanonicalWriterOptions"/> writer produced.</summary>
    internal static FieldsV1 FromCanonical(byte[] raw) => new(raw);

    // Every stored route holds its field sets in canonical form already, and copying them token by
    // token through a writer was about a quarter of decoding a stored route: such a value is taken
    // as the input has it, once the reader has checked its structure. Only a reader over one span
    // can hand out its input (a sequence may split the value), and only input bytes that the writer
    // would write unchanged qualify: printable ASCII, no backslash (so no escapes) and no space
    // (which may be spacing between tokens); anything else is copied as before.
    private static FieldsV1? TryReadCanonical(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.Position.GetObject() is not null)
        {
            return null;
        }

        var end = reader;
        if (!end.TrySkip())
        {
            return null;
        }

        // The value's first and last tokens are one byte each and both slices of the one input span.
        var length = checked((int)(end.TokenStartIndex - reader.TokenStartIndex + 1));
        var value = MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetReference(reader.ValueSpan), length);
        if (value.ContainsAnyExceptInRange((byte)'!', (byte)'~') || value.Contains((byte)'\\'))
        {
            return null;
        }

        reader = end;
        return new FieldsV1(value.ToArray());
    }

    private static void Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        var depth = reader.CurrentDepth;
        do
        {
            CopyToken(ref reader, writer);
            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName))
            {
                return;
            }
        }
        while (reader.Read());

        throw new JsonException("fieldsV1: the JSON value is incomplete");
    }

    private static void CopyToken(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject: writer.WriteStartObject(); break;
            case JsonTokenType.EndObject: writer.WriteEndObject(); break;
            case JsonTokenType.StartArray: writer.WriteStartArray(); break;
            case JsonTokenType.EndArray: writer.WriteEndArray(); break;
            case JsonTokenType.PropertyName: CopyString(ref reader, writer, propertyName: true); break;
            case JsonTokenType.String: CopyString(ref reader, writer, propertyName: false); break;
            case JsonTokenType.Number: writer.WriteRawValue(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, skipInputValidation: true); break;
            case JsonTokenType.True: writer.WriteBooleanValue(true); break;
            case JsonTokenType.False: writer.WriteBooleanValue(false); break;
            case JsonTokenType.Null: writer.WriteNullValue(); break;
            default: throw new JsonException($"fieldsV1: unexpected {reader.TokenType} token");
        }
    }

    // Escaped text is unescaped first so that the writer escapes it again its own way, as
    // JsonElement.WriteTo does; most names and values are plain and written straight from the input.
    private static void CopyString(ref Utf8JsonReader reader, Utf8JsonWriter writer, bool propertyName)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            Write(writer, reader.ValueSpan, propertyName);
            return;
        }

        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var rented = length > 256 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> buffer = rented is null ? stackalloc byte[256] : rented;
            var written = reader.CopyString(buffer);
            Write(writer, buffer[..written], propertyName);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8, bool propertyName)
    {
        if (propertyName)
        {
            writer.WritePropertyName(utf8);
        }
        else
        {
            writer.WriteStringValue(utf8);
        }
    }
}
