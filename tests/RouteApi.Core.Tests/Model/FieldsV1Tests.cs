using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RouteApi.Core.Model.Tests;

public sealed class FieldsV1Tests
{
    // Escapes, non-ASCII text, numbers and every token kind, spelled other than the canonical form.
    private const string Spelled = """
        { "f:spec" : { "k:{\u0022kind\u0022:\"Service\",\"name\":\"b\"}" : { "." : { } },
          "v:\"caf\u00e9\"" : {}, "f:x\/y" : [ 1e5, -0.5, true, false, null, "<&>\u2028\t" ] } }
        """;

    [Fact]
    public void Parse_SpacingAndEscapes_KeepsTheCompactKubernetesForm()
    {
        var fields = FieldsV1.Parse(Encoding.UTF8.GetBytes(Spelled));

        Assert.Equal("""{"f:spec":{"k:{\"kind\":\"Service\",\"name\":\"b\"}":{".":{}},"v:\"café\"":{},"f:x/y":[1e5,-0.5,true,false,null,"<&>\u2028\t"]}}""", fields.ToString());
    }

    [Fact]
    public void Parse_AnyJson_HasTheBytesJsonElementWrites()
    {
        using var document = JsonDocument.Parse(Spelled);

        var fields = FieldsV1.Parse(Encoding.UTF8.GetBytes(Spelled));

        Assert.Equal(Write(document.RootElement.WriteTo, indented: false, JavaScriptEncoder.UnsafeRelaxedJsonEscaping), "{\"fieldsV1\":" + fields + "}");
    }

    [Theory]
    [InlineData("5")]
    [InlineData("\"f:spec\"")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Parse_ValueOtherThanAnObject_IsKeptAsKubeKeepsIt(string json)
    {
        var fields = FieldsV1.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, fields.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("{")]
    [InlineData("{\"f:a\":}")]
    [InlineData("{} {}")]
    [InlineData("{\"f:a\":{}]")]
    public void Parse_NotExactlyOneJsonValue_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => FieldsV1.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void ReadValue_InsideADocument_LeavesTheReaderOnTheValuesLastToken()
    {
        var reader = new Utf8JsonReader("""{"a":{"f:b":[1]},"c":2}"""u8);
        reader.Read();
        reader.Read();
        reader.Read();

        var fields = FieldsV1.ReadValue(ref reader);
        var (last, depth) = (reader.TokenType, reader.CurrentDepth);
        reader.Read();

        Assert.Equal(("""{"f:b":[1]}""", JsonTokenType.EndObject, 1, "c"), (fields.ToString(), last, depth, reader.GetString()));
    }

    [Fact]
    public void Parse_CanonicalInput_IsKeptAsTheWriterWouldWriteIt()
    {
        // Every printable ASCII character a string may hold unescaped, in a name and in a value.
        var printable = new string([.. Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(c => c is not ('"' or '\\'))]);
        var canonical = "{\"f:" + printable + "\":{\".\":{}},\"v:\":[\"" + printable + "\",-1.5e3,true,null,[]]}";
        using var document = JsonDocument.Parse(canonical);

        var fields = FieldsV1.Parse(Encoding.UTF8.GetBytes(canonical));

        Assert.Equal(
            (canonical, Write(document.RootElement.WriteTo, indented: false, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)),
            (fields.ToString(), "{\"fieldsV1\":" + canonical + "}"));
    }

    [Fact]
    public void ReadValue_ReaderOverASequenceSplittingTheValue_ReadsTheSameValue()
    {
        var json = Encoding.UTF8.GetBytes("""{"a":{"f:b":{"f:c":{}},"f:d":[1]},"e":2}""");
        // Two separate arrays, so the value's bytes are not contiguous in memory.
        var first = new Segment(json.AsSpan(0, 12).ToArray());
        var last = first.Append(json.AsSpan(12).ToArray());
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        reader.Read();
        reader.Read();
        reader.Read();

        var fields = FieldsV1.ReadValue(ref reader);
        reader.Read();

        Assert.Equal(("{\"f:b\":{\"f:c\":{}},\"f:d\":[1]}", "e"), (fields.ToString(), reader.GetString()));
    }

    [Fact]
    public void Equals_SameJsonBytes_IsTrueWithTheSameHash()
    {
        var left = FieldsV1.Parse("""{"f:spec":{}}"""u8);
        var right = FieldsV1.Parse("""{ "f:spec": {} }"""u8);

        Assert.Equal((true, left.GetHashCode()), (left == right, right.GetHashCode()));
    }

    [Fact]
    public void Equals_DifferentJson_IsFalse()
    {
        var left = FieldsV1.Parse("""{"f:spec":{}}"""u8);
        var right = FieldsV1.Parse("""{"f:status":{}}"""u8);

        Assert.True(left != right && !left.Equals(null));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void WriteTo_AnyWriter_WritesWhatJsonElementWrites(bool indented, bool relaxed)
    {
        var encoder = relaxed ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null;
        using var document = JsonDocument.Parse(Spelled);
        var fields = FieldsV1.Parse(Encoding.UTF8.GetBytes(Spelled));

        var written = Write(fields.WriteTo, indented, encoder);

        Assert.Equal(Write(document.RootElement.WriteTo, indented, encoder), written);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }

    private static string Write(Action<Utf8JsonWriter> write, bool indented, JavaScriptEncoder? encoder)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, IndentSize = 2, Encoder = encoder }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("fieldsV1");
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
