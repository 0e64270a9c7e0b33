namespace RouteApi.Core.ManagedFields;

/// <summary>The difference between two states of an object, as field sets.</summary>
internal sealed record FieldComparison(FieldSet Added, FieldSet Modified, FieldSet Removed)
{
    private FieldSet? _changed;

    /// <summary>The fields the newer state set: added or changed (made once the comparison is complete).</summary>
    public FieldSet Changed => _changed ??= Added.Union(Modified);
}
