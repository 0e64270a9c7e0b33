using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// Writes a JSON value as YAML the way sigs.k8s.io/yaml's <c>JSONToYAML</c> (go-yaml v2) does for
/// kube-apiserver: block style with two-space indents, list items level with their key, map keys in
/// <see cref="YamlKeyComparer"/> order, <c>{}</c> and <c>[]</c> for empty collections, lines folded
/// near 80 columns, numbers, booleans and <c>null</c> bare, and strings plain unless they would read
/// back as something else (<c>"8080"</c>, <c>"true"</c>, <c>"2024-05-01T12:34:56Z"</c>, <c>""</c>),
/// multi-line strings as literal blocks (<c>|</c>, <c>|-</c>).
/// </summary>
internal static class JsonToYamlWriter
{
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2,
        bestWidth: 80,
        isCanonical: false,
        maxSimpleKeyLength: 128,
        skipAnchorName: false,
        indentSequences: false,
        newLine: "\n");

    /// <summary>Writes <paramref name="root"/> as one YAML document without <c>---</c>.</summary>
    public static void Write(JsonElement root, TextWriter output)
    {
        var emitter = new Emitter(output, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Value(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    /// <summary>
    /// The style go-yaml picks for a string (encode.go <c>stringv</c>), made safe for read-back:
    /// literal for multi-line text unless a line ends in a space or it holds characters a block
    /// cannot carry exactly (those go double-quoted, as libyaml's analysis decides); double quotes
    /// for text that would resolve to another type; plain otherwise (YamlDotNet falls back to single
    /// quotes where plain text is not allowed, as libyaml does).
    /// </summary>
    public static ScalarStyle StyleOf(string value, bool isKey)
    {
        if (NeedsEscapes(value))
        {
            return ScalarStyle.DoubleQuoted;
        }

        if (value.Contains('\n', StringComparison.Ordinal))
        {
            var blockAllowed = !isKey && !value.Contains(" \n", StringComparison.Ordinal) && !value.EndsWith(' ');
            return blockAllowed ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
        }

        return YamlScalarResolver.NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain;
    }

    private static void Value(IEmitter emitter, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                Mapping(emitter, value);
                break;
            case JsonValueKind.Array:
                Sequence(emitter, value);
                break;
            case JsonValueKind.String:
                String(emitter, value.GetString()!, isKey: false);
                break;
            case JsonValueKind.Number:
                Bare(emitter, value.GetRawText());
                break;
            case JsonValueKind.True:
                Bare(emitter, "true");
                break;
            case JsonValueKind.False:
                Bare(emitter, "false");
                break;
            default:
                Bare(emitter, "null");
                break;
        }
    }

    private static void Mapping(IEmitter emitter, JsonElement value)
    {
        var properties = value.EnumerateObject().ToList();
        var style = properties.Count == 0 ? MappingStyle.Flow : MappingStyle.Block;
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, style));
        foreach (var property in properties.OrderBy(p => p.Name, YamlKeyComparer.Instance))
        {
            String(emitter, property.Name, isKey: true);
            Value(emitter, property.Value);
        }

        emitter.Emit(new MappingEnd());
    }

    private static void Sequence(IEmitter emitter, JsonElement value)
    {
        var style = value.GetArrayLength() == 0 ? SequenceStyle.Flow : SequenceStyle.Block;
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, style));
        foreach (var item in value.EnumerateArray())
        {
            Value(emitter, item);
        }

        emitter.Emit(new SequenceEnd());
    }

    private static void String(IEmitter emitter, string value, bool isKey) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, StyleOf(value, isKey), isPlainImplicit: true, isQuotedImplicit: true));

    private static void Bare(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: true));

    // Characters libyaml treats as non-printable (they force double quotes and escapes) and line
    // breaks other than \n, which a block or plain scalar would normalise to \n on read-back.
    private static bool NeedsEscapes(string value)
    {
        foreach (var c in value)
        {
            var printable = c == '\n' || c is >= ' ' and <= '~' || c is >= '\u00a0' and <= '\ud7ff'
                || (c is >= '\ue000' and <= '\ufffd' && c != '\ufeff') || char.IsSurrogate(c);
            if (!printable || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }
}
