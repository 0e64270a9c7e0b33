using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

            if (IsNonNullableReference(property))
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
