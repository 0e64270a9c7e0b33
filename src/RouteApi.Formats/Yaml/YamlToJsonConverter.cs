using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RouteApi.Formats.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// YAML to JSON as sigs.k8s.io/yaml's <c>YAMLToJSON</c> does for kube-apiserver's YAML bodies:
/// plain scalars resolved by go-yaml v2's rules (<see cref="YamlScalarResolver"/>), quoted and
/// block scalars as strings, timestamps as strings, anchors, aliases and <c>&lt;&lt;</c> merge keys
/// expanded, repeated keys kept (the JSON reader keeps the last one; the strict check reports them).
/// The body must hold exactly one document whose root is a mapping.
/// </summary>
internal sealed partial class YamlToJsonConverter
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private long _parsed;
    private long _budget;

    private YamlToJsonConverter()
    {
    }

    /// <summary>Converts one YAML document to compact JSON.</summary>
    /// <exception cref="FormatDecodeException">The body is not valid YAML, holds no or several documents, or its root is not a mapping.</exception>
    public static void Convert(ReadOnlySpan<byte> utf8Yaml, IBufferWriter<byte> utf8Json)
    {
        var converter = new YamlToJsonConverter();
        var root = converter.Parse(Decode(utf8Yaml));

        // Aliases may repeat a subtree; cap the expansion ("billion laughs") well above any real body.
        converter._budget = 100_000 + (100 * converter._parsed);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = KubernetesJson.MaxDepth,
        });
        try
        {
            converter.Write(writer, root);
        }
        catch (InvalidOperationException e)
        {
            throw new FormatDecodeException($"yaml: the document nests deeper than {KubernetesJson.MaxDepth} levels", e);
        }
        catch (ArgumentException e)
        {
            throw new FormatDecodeException("yaml: the document holds text that is not valid Unicode", e);
        }
    }

    private static string Decode(ReadOnlySpan<byte> utf8Yaml)
    {
        try
        {
            return StrictUtf8.GetString(utf8Yaml.StartsWith("\uFEFF"u8) ? utf8Yaml[3..] : utf8Yaml);
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatDecodeException("yaml: invalid UTF-8 in the body", e);
        }
    }

    private YamlNode Parse(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            Next(parser); // StreamStart
            if (Next(parser) is StreamEnd)
            {
                throw new FormatDecodeException("yaml: the body holds no document");
            }

            Next(parser); // past DocumentStart, at the root node
            var root = Node(parser, depth: 0);
            if (Next(parser) is not StreamEnd)
            {
                throw new FormatDecodeException("yaml: the body holds more than one document; send one object per request");
            }

            return root.Kind == YamlNodeKind.Mapping
                ? root
                : throw Error(root, $"the document must be a mapping (an object), not a {(root.Kind == YamlNodeKind.Scalar ? "scalar" : "sequence")}");
        }
        catch (YamlException e)
        {
            throw new FormatDecodeException($"yaml: line {e.Start.Line}, column {e.Start.Column}: {Reason(e)}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner fails this way (not with a YamlException) on some malformed input.
            throw new FormatDecodeException("yaml: the body is not valid YAML", e);
        }
    }

    // Reads the node at the parser's current event and leaves the parser on the event after it.
    private YamlNode Node(IParser parser, int depth)
    {
        var current = parser.Current ?? throw new FormatDecodeException("yaml: unexpected end of the document");
        if (depth > KubernetesJson.MaxDepth)
        {
            throw new FormatDecodeException($"yaml: line {current.Start.Line}: the document nests deeper than {KubernetesJson.MaxDepth} levels");
        }

        _parsed++;
        switch (current)
        {
            case AnchorAlias alias:
                Next(parser);
                return _anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new FormatDecodeException($"yaml: line {alias.Start.Line}, column {alias.Start.Column}: unknown anchor '{alias.Value.Value}' referenced");
            case Scalar scalar:
                Next(parser);
                return Anchor(scalar.Anchor, YamlNode.Scalar(scalar.Value, scalar.Style, scalar.Tag, scalar.Start));
            case SequenceStart start:
                var sequence = YamlNode.Collection(YamlNodeKind.Sequence, start.Tag, start.Start);
                for (Next(parser); parser.Current is not SequenceEnd;)
                {
                    sequence.Children.Add(Node(parser, depth + 1));
                }

                Next(parser);
                return Anchor(start.Anchor, sequence);
            case MappingStart start:
                var mapping = YamlNode.Collection(YamlNodeKind.Mapping, start.Tag, start.Start);
                for (Next(parser); parser.Current is not MappingEnd;)
                {
                    mapping.Children.Add(Node(parser, depth + 1));
                    mapping.Children.Add(Node(parser, depth + 1));
                }

                Next(parser);
                return Anchor(start.Anchor, mapping);
            default:
                throw new FormatDecodeException($"yaml: line {current.Start.Line}: unexpected {current.GetType().Name}");
        }
    }

    // An anchor names its node only once the node is complete, so a node cannot contain itself.
    private YamlNode Anchor(AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private static ParsingEvent? Next(IParser parser) => parser.MoveNext() ? parser.Current : null;

    // YamlDotNet prefixes its messages with "(Line: l, Col: c, Idx: i) - (Line: ...): ".
    private static string Reason(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static FormatDecodeException Error(YamlNode node, string message) => new($"yaml: {node.Where}: {message}");
}
