using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;

namespace RouteApi.Formats.Json;

/// <summary>
/// The shape of one wire type as <see cref="KubernetesJson.Options"/> reads it: the known property
/// names of an object, or the item type of a list or map. Built once per type from the
/// source-generated <see cref="JsonTypeInfo"/>, so the strict check can never disagree with the
/// decoder about which fields exist.
/// </summary>
internal sealed class FieldSchema
{
    private static readonly ConcurrentDictionary<Type, FieldSchema> Cache = new();
    private static readonly FieldSchema OpaqueSchema = new(FieldSchemaKind.Opaque, null, null);

    // Keyed by JSON name; the value carries the name again so a lookup by a span of the request's
    // bytes can hand back a string without allocating one.
    private readonly FrozenDictionary<string, (string Name, Type Type)>? _properties;
    private readonly Type? _itemType;

    private FieldSchema(FieldSchemaKind kind, FrozenDictionary<string, (string Name, Type Type)>? properties, Type? itemType)
    {
        Kind = kind;
        _properties = properties;
        _itemType = itemType;
    }

    /// <summary>How values of this type are walked.</summary>
    public FieldSchemaKind Kind { get; }

    /// <summary>The schema of list items or map values.</summary>
    public FieldSchema Item => For(_itemType ?? throw new InvalidOperationException("Only lists and maps have items."));

    /// <summary>The schema for <paramref name="type"/>, which must be reachable from <see cref="KubernetesJsonContext"/>.</summary>
    public static FieldSchema For(Type type) => Cache.GetOrAdd(type, Create);

    /// <summary>Finds a property by its exact (case-sensitive) JSON name, returned as <paramref name="knownName"/>.</summary>
    public bool TryGetProperty(ReadOnlySpan<char> name, [NotNullWhen(true)] out string? knownName, [NotNullWhen(true)] out FieldSchema? schema)
    {
        if (_properties is not null && _properties.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var property))
        {
            knownName = property.Name;
            schema = For(property.Type);
            return true;
        }

        knownName = null;
        schema = null;
        return false;
    }

    // Types with their own converter (IntOrString, times, FieldsV1) report JsonTypeInfoKind.None:
    // like Go types with an UnmarshalJSON method, their content is never checked.
    // String maps have their own converter (sorted keys) but are still maps: a repeated key is a duplicate.
    private static FieldSchema Create(Type type)
    {
        if (type == typeof(IReadOnlyDictionary<string, string>))
        {
            return new FieldSchema(FieldSchemaKind.Map, null, typeof(string));
        }

        var info = KubernetesJson.Options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => new FieldSchema(
                FieldSchemaKind.Object,
                info.Properties.ToFrozenDictionary(p => p.Name, p => (p.Name, p.PropertyType), StringComparer.Ordinal),
                null),
            JsonTypeInfoKind.Enumerable => new FieldSchema(FieldSchemaKind.List, null, info.ElementType),
            JsonTypeInfoKind.Dictionary => new FieldSchema(FieldSchemaKind.Map, null, info.ElementType),
            _ => OpaqueSchema,
        };
    }
}
