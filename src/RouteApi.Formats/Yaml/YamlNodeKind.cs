namespace RouteApi.Formats.Yaml;

/// <summary>The three kinds of YAML node.</summary>
internal enum YamlNodeKind
{
    /// <summary>A scalar: text with a style and maybe a tag.</summary>
    Scalar,

    /// <summary>A list.</summary>
    Sequence,

    /// <summary>A map; its children alternate key, value.</summary>
    Mapping,
}
