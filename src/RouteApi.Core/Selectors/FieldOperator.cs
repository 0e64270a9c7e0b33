namespace RouteApi.Core.Selectors;

/// <summary>The operator of a field selector term.</summary>
public enum FieldOperator
{
    /// <summary><c>=</c> or <c>==</c>: the field equals the value.</summary>
    Equals,

    /// <summary><c>!=</c>: the field differs from the value.</summary>
    NotEquals,
}
