namespace RouteApi.Core.Selectors;

/// <summary>One term of a field selector, such as <c>metadata.name=web</c>.</summary>
/// <param name="Field">The field label, such as <c>spec.host</c>; not validated at parse time.</param>
/// <param name="Operator">Whether the field must equal or differ from <paramref name="Value"/>.</param>
/// <param name="Value">The unescaped value; may be empty.</param>
public readonly record struct FieldRequirement(string Field, FieldOperator Operator, string Value);
