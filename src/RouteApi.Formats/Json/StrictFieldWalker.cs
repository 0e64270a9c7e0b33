using System.Text;
using System.Text.Json;
using RouteApi.Core.Validation;

namespace RouteApi.Formats.Json;

/// <summary>
/// One pass of <see cref="StrictFieldChecker"/> over a JSON document. It follows the rules of
/// sigs.k8s.io/json's strict mode (<c>internal/golang/encoding/json/decode.go</c> <c>object</c> and
/// <c>array</c>, <c>kubernetes_patch.go</c>): a key is reported when it is read, so problems come out
/// in document order; an unknown field's value is skipped unread; a duplicate known field is read
/// again; at most <see cref="StrictFieldChecker.MaxProblems"/> distinct problems are kept.
/// </summary>
internal sealed class StrictFieldWalker
{
    private const string UnknownField = "unknown field";
    private const string DuplicateField = "duplicate field";

    // Longer than any property name of the API's types (a longer key is read as a string).
    private const int MaxKnownNameLength = 64;

    private readonly List<string> _problems = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    // The path of the value being read, built as upstream's strictFieldStack: keys joined with '.',
    // list indexes appended as "[i]" (spec.alternateBackends[1]).
    private readonly StringBuilder _path = new();

    /// <summary>The problems found so far, in document order.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Checks the value at the reader's current token and leaves the reader on its last token.</summary>
    public void Value(ref Utf8JsonReader reader, FieldSchema schema)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject when schema.Kind == FieldSchemaKind.Object:
                Object(ref reader, schema);
                break;
            case JsonTokenType.StartObject when schema.Kind == FieldSchemaKind.Map:
                Map(ref reader, schema.Item);
                break;
            case JsonTokenType.StartArray when schema.Kind == FieldSchemaKind.List:
                List(ref reader, schema.Item);
                break;
            default:
                // Scalars, free-form values and values of the wrong JSON type (the decoder rejects
                // those itself): nothing inside is checked.
                reader.Skip();
                break;
        }
    }

    private void Object(ref Utf8JsonReader reader, FieldSchema schema)
    {
        HashSet<string>? seen = null;
        Span<char> scratch = stackalloc char[MaxKnownNameLength];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Known names are short: look them up from the stack and keep the schema's string.
            var unescaped = !reader.HasValueSequence && reader.ValueSpan.Length <= MaxKnownNameLength
                ? scratch[..reader.CopyString(scratch)]
                : reader.GetString().AsSpan();
            if (!schema.TryGetProperty(unescaped, out var name, out var property))
            {
                Report(UnknownField, unescaped.ToString());
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();

            if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                Report(DuplicateField, name);
            }

            Child(ref reader, name, property);
        }
    }

    private void Map(ref Utf8JsonReader reader, FieldSchema item)
    {
        HashSet<string>? seen = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(key))
            {
                Report(DuplicateField, key);
            }

            Child(ref reader, key, item);
        }
    }

    private void List(ref Utf8JsonReader reader, FieldSchema item)
    {
        var length = _path.Length;
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            _path.Append('[').Append(index).Append(']');
            Value(ref reader, item);
            _path.Length = length;
        }
    }

    private void Child(ref Utf8JsonReader reader, string key, FieldSchema schema)
    {
        var length = _path.Length;
        if (length > 0)
        {
            _path.Append('.');
        }

        _path.Append(key);
        Value(ref reader, schema);
        _path.Length = length;
    }

    private void Report(string problem, string field)
    {
        if (_problems.Count >= StrictFieldChecker.MaxProblems)
        {
            return;
        }

        var path = _path.Length > 0 ? _path + "." + field : field;
        var text = problem + " " + GoFormat.Quote(path);
        if (_reported.Add(text))
        {
            _problems.Add(text);
        }
    }
}
