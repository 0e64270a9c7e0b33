using YamlDotNet.Core;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// One node of a parsed YAML document. An alias is the very node its anchor names, so a node may
/// appear more than once in the tree. Mappings keep every key in order, repeats included, so the
/// JSON written from them still shows duplicates to the strict field check.
/// </summary>
internal sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, Mark start)
    {
        Kind = kind;
        Start = start;
    }

    /// <summary>Scalar, sequence or mapping.</summary>
    public YamlNodeKind Kind { get; }

    /// <summary>Where the node starts, for error messages.</summary>
    public Mark Start { get; }

    /// <summary>The text of a scalar.</summary>
    public string Value { get; private init; } = string.Empty;

    /// <summary>How a scalar was written: plain scalars are resolved, all others are strings.</summary>
    public ScalarStyle Style { get; private init; }

    /// <summary>An explicit tag such as <c>!!str</c>; empty when none.</summary>
    public TagName Tag { get; private init; }

    /// <summary>Sequence items, or mapping keys and values alternating.</summary>
    public List<YamlNode> Children { get; } = [];

    /// <summary>A scalar node.</summary>
    public static YamlNode Scalar(string value, ScalarStyle style, TagName tag, Mark start) =>
        new(YamlNodeKind.Scalar, start) { Value = value, Style = style, Tag = tag };

    /// <summary>An empty sequence or mapping node, to be filled.</summary>
    public static YamlNode Collection(YamlNodeKind kind, TagName tag, Mark start) => new(kind, start) { Tag = tag };

    /// <summary><c>line L, column C</c> (1-based), for messages.</summary>
    public string Where => $"line {Start.Line}, column {Start.Column}";
}
