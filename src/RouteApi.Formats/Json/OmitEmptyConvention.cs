using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Json;

/// <summary>
/// Applies Go's <c>encoding/json</c> conventions to the generated contracts: every property is
/// <c>omitempty</c> (null, <c>""</c>, empty collections and zero numbers are not written, but a
/// nullable value type, Go's pointer, is dropped only when null) unless it is marked
/// <c>[JsonIgnore(Condition = Never)]</c>, which plays the part of a Go field without
/// <c>omitempty</c>. A JSON <c>null</c> for a non-nullable property reads as its empty value, as Go
/// leaves a struct field at its zero value.
/// </summary>
internal static class OmitEmptyConvention
{
    // String properties whose values repeat across routes, read through the string pool (JSON names).
    private static readonly HashSet<(Type, string)> PooledProperties =
    [
        (typeof(ObjectMeta), "namespace"),
        (typeof(RouteSpec), "path"),
        (typeof(RouteSpec), "wildcardPolicy"),
        (typeof(RouteTargetReference), "kind"),
        (typeof(RouteTargetReference), "name"),
        (typeof(TlsConfig), "termination"),
        (typeof(TlsConfig), "insecureEdgeTerminationPolicy"),
        (typeof(ManagedFieldsEntry), "manager"),
        (typeof(ManagedFieldsEntry), "operation"),
        (typeof(ManagedFieldsEntry), "apiVersion"),
        (typeof(ManagedFieldsEntry), "fieldsType"),
        (typeof(ManagedFieldsEntry), "subresource"),
        (typeof(RouteIngress), "routerName"),
        (typeof(RouteIngress), "wildcardPolicy"),
        (typeof(RouteIngress), "routerCanonicalHostname"),
        (typeof(RouteIngressCondition), "type"),
        (typeof(RouteIngressCondition), "status"),
        (typeof(RouteIngressCondition), "reason"),
    ];

    private static readonly PooledStringConverter PooledNullable = new(nullAsEmpty: false);
    private static readonly PooledStringConverter PooledNonNullable = new(nullAsEmpty: true);

    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (!IsAlwaysWritten(property))
            {
                // A nullable number or bool stands for a Go pointer, which omitempty drops only when
                // nil: deletionGracePeriodSeconds 0 or blockOwnerDeletion false are still written.
                property.ShouldSerialize = Nullable.GetUnderlyingType(property.PropertyType) is null
                    ? static (_, value) => !IsEmpty(value)
                    : static (_, value) => value is not null;
            }

            var nonNullable = IsNonNullableReference(property);
            if (property.PropertyType == typeof(string) && PooledProperties.Contains((typeInfo.Type, property.Name)))
            {
                property.CustomConverter = nonNullable ? PooledNonNullable : PooledNullable;
            }
            else if (nonNullable)
            {
                property.CustomConverter = NullAsEmpty(property.PropertyType);
            }
        }
    }

    private static JsonConverter NullAsEmpty(Type type)
    {
        Func<object> empty = type == typeof(string) ? () => string.Empty
            : type.IsInterface ? () => Array.CreateInstance(type.GetGenericArguments()[0], 0)
            : () => Activator.CreateInstance(type)!;
        return (JsonConverter)Activator.CreateInstance(typeof(NullAsEmptyConverter<>).MakeGenericType(type), empty)!;
    }

    private static bool IsNonNullableReference(JsonPropertyInfo property) =>
        !property.PropertyType.IsValueType
        && property.AttributeProvider is PropertyInfo info
        && new NullabilityInfoContext().Create(info).WriteState == NullabilityState.NotNull;

    private static bool IsAlwaysWritten(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: false)
            .OfType<JsonIgnoreAttribute>()
            .Any(a => a.Condition == JsonIgnoreCondition.Never) == true;

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        ICollection c => c.Count == 0,
        int i => i == 0,
        long l => l == 0,
        bool b => !b,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };
}
