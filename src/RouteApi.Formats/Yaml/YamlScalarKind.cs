namespace RouteApi.Formats.Yaml;

/// <summary>What an untagged plain YAML scalar means, by go-yaml v2's <c>resolve</c> rules.</summary>
internal enum YamlScalarKind
{
    /// <summary>Any other text.</summary>
    String,

    /// <summary><c>""</c>, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>.</summary>
    Null,

    /// <summary>YAML 1.1 booleans: <c>true</c>, <c>yes</c>, <c>on</c>, <c>y</c> and their opposites, in three casings.</summary>
    Bool,

    /// <summary>A 64-bit signed integer (decimal, <c>0x</c>, <c>0o</c>, <c>0b</c>, leading-zero octal, with <c>_</c> separators).</summary>
    Int,

    /// <summary>An integer above <see cref="long.MaxValue"/>.</summary>
    UnsignedInt,

    /// <summary>A float, including <c>.inf</c> and <c>.nan</c>.</summary>
    Float,

    /// <summary>A timestamp such as <c>2024-05-01T12:34:56Z</c>; read as a string, as go-yaml v2 does.</summary>
    Timestamp,
}
