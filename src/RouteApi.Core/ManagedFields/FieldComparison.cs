namespace RouteApi.Core.ManagedFields;

/// <summary>The difference between two states of an object, as field sets.</summary>
internal sealed record FieldComparison(FieldSet Added, FieldSet Modified, FieldSet Removed)
{
    /// <summary>The fields the newer state set: added or changed.</summary>
    public FieldSet Changed => Added.Union(Modified);
}
