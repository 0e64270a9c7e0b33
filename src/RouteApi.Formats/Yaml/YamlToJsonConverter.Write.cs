using System.Globalization;
using System.Text;
using System.Text.Json;
using RouteApi.Formats.Json;
using YamlDotNet.Core;

namespace RouteApi.Formats.Yaml;

// The JSON half: values, keys, merge keys and explicit tags.
internal sealed partial class YamlToJsonConverter
{
    private void Write(Utf8JsonWriter writer, YamlNode node)
    {
        if (--_budget < 0)
        {
            throw Error(node, "the document expands too many aliases");
        }

        switch (node.Kind)
        {
            case YamlNodeKind.Sequence:
                CheckCollectionTag(node, "seq");
                writer.WriteStartArray();
                foreach (var item in node.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlNodeKind.Mapping:
                CheckCollectionTag(node, "map");
                writer.WriteStartObject();
                WriteMembers(writer, node, mergeDepth: 0);
                writer.WriteEndObject();
                break;
            default:
                WriteScalar(writer, node);
                break;
        }
    }

    private void WriteMembers(Utf8JsonWriter writer, YamlNode mapping, int mergeDepth)
    {
        for (var i = 0; i < mapping.Children.Count; i += 2)
        {
            var key = mapping.Children[i];
            var value = mapping.Children[i + 1];
            if (IsMergeKey(key))
            {
                Merge(writer, value, mergeDepth);
                continue;
            }

            writer.WritePropertyName(KeyText(key));
            Write(writer, value);
        }
    }

    // go-yaml v2 merges in place: merged keys override earlier ones and later keys override them;
    // in a list of maps the earlier maps win, so they are written last. The JSON reader keeps the
    // last of repeated keys, which gives the same result.
    private void Merge(Utf8JsonWriter writer, YamlNode value, int mergeDepth)
    {
        if (mergeDepth > KubernetesJson.MaxDepth)
        {
            throw Error(value, "map merges nest too deeply");
        }

        if (value.Kind == YamlNodeKind.Mapping)
        {
            WriteMembers(writer, value, mergeDepth + 1);
            return;
        }

        if (value.Kind != YamlNodeKind.Sequence || value.Children.Any(c => c.Kind != YamlNodeKind.Mapping))
        {
            throw Error(value, "map merge requires map or sequence of maps as the value");
        }

        for (var i = value.Children.Count - 1; i >= 0; i--)
        {
            WriteMembers(writer, value.Children[i], mergeDepth + 1);
        }
    }

    private static bool IsMergeKey(YamlNode key) =>
        key.Kind == YamlNodeKind.Scalar && key.Value == "<<"
        && ((key.Style == ScalarStyle.Plain && key.Tag.IsEmpty) || (!key.Tag.IsEmpty && key.Tag.Value == TagPrefix + "merge"));

    // sigs.k8s.io/yaml turns resolved keys back into text: 1 → "1", true → "true".
    private static string KeyText(YamlNode key)
    {
        if (key.Kind != YamlNodeKind.Scalar)
        {
            throw Error(key, "a mapping key must be a scalar, not a " + (key.Kind == YamlNodeKind.Mapping ? "mapping" : "sequence"));
        }

        var resolved = Resolve(key);
        return resolved.Kind switch
        {
            YamlScalarKind.Null => throw Error(key, "a mapping key must not be null"),
            YamlScalarKind.Bool => resolved.Bool ? "true" : "false",
            YamlScalarKind.Int => resolved.Int.ToString(CultureInfo.InvariantCulture),
            YamlScalarKind.UnsignedInt => resolved.UnsignedInt.ToString(CultureInfo.InvariantCulture),
            YamlScalarKind.Float => resolved.Float.ToString("R", CultureInfo.InvariantCulture),
            _ => key.Value,
        };
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlNode node)
    {
        if (!node.Tag.IsEmpty && node.Tag.Value == TagPrefix + "binary")
        {
            writer.WriteStringValue(DecodeBinary(node));
            return;
        }

        var resolved = Resolve(node);
        switch (resolved.Kind)
        {
            case YamlScalarKind.Null:
                writer.WriteNullValue();
                break;
            case YamlScalarKind.Bool:
                writer.WriteBooleanValue(resolved.Bool);
                break;
            case YamlScalarKind.Int:
                writer.WriteNumberValue(resolved.Int);
                break;
            case YamlScalarKind.UnsignedInt:
                writer.WriteNumberValue(resolved.UnsignedInt);
                break;
            case YamlScalarKind.Float when double.IsFinite(resolved.Float):
                writer.WriteNumberValue(resolved.Float);
                break;
            case YamlScalarKind.Float:
                throw Error(node, $"json: unsupported value: {node.Value} (JSON has no infinity or NaN)");
            default:
                writer.WriteStringValue(node.Value);
                break;
        }
    }

    // What a scalar means: plain untagged scalars are resolved; quoted and block scalars, "!" and
    // "!!str" are strings; other core tags must agree with what the text resolves to, as go-yaml checks.
    private static YamlScalar Resolve(YamlNode node)
    {
        var tag = node.Tag;
        if (tag.IsEmpty)
        {
            return node.Style == ScalarStyle.Plain ? YamlScalarResolver.Resolve(node.Value) : default;
        }

        if (tag.IsNonSpecific || tag.Value == TagPrefix + "str")
        {
            return default;
        }

        var resolved = YamlScalarResolver.Resolve(node.Value);
        var wanted = tag.Value.StartsWith(TagPrefix, StringComparison.Ordinal) ? tag.Value[TagPrefix.Length..] : tag.Value;
        return (wanted, resolved.Kind) switch
        {
            ("null", YamlScalarKind.Null) or ("bool", YamlScalarKind.Bool) or ("timestamp", YamlScalarKind.Timestamp) => resolved,
            ("int", YamlScalarKind.Int or YamlScalarKind.UnsignedInt) or ("float", YamlScalarKind.Float) => resolved,
            ("float", YamlScalarKind.Int) => new YamlScalar(YamlScalarKind.Float, Float: resolved.Int),
            ("float", YamlScalarKind.UnsignedInt) => new YamlScalar(YamlScalarKind.Float, Float: resolved.UnsignedInt),
            ("null" or "bool" or "int" or "float" or "timestamp", _) => throw Error(node, $"cannot decode `{node.Value}` as a !!{wanted}"),
            _ => throw Error(node, $"unsupported tag {tag.Value}"),
        };
    }

    private static void CheckCollectionTag(YamlNode node, string expected)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && node.Tag.Value != TagPrefix + expected)
        {
            throw Error(node, $"unsupported tag {node.Tag.Value} on a {(expected == "map" ? "mapping" : "sequence")}");
        }
    }

    // !!binary: base64 (line breaks allowed), read as the string of its bytes, as go-yaml does.
    private static string DecodeBinary(YamlNode node)
    {
        try
        {
            var text = string.Concat(node.Value.Where(c => !char.IsWhiteSpace(c)));
            return Encoding.UTF8.GetString(System.Convert.FromBase64String(text));
        }
        catch (FormatException e)
        {
            throw new FormatDecodeException($"yaml: {node.Where}: !!binary value contains invalid base64 data", e);
        }
    }
}
