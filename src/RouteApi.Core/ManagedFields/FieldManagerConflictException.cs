namespace RouteApi.Core.ManagedFields;

/// <summary>
/// An apply without <c>force</c> would change fields other managers own: kube answers 409 Conflict
/// with this message and one <c>FieldManagerConflict</c> cause per field.
/// </summary>
public sealed class FieldManagerConflictException : Exception
{
    /// <summary>An apply conflict with no conflicts listed.</summary>
    public FieldManagerConflictException()
    {
        Conflicts = [];
    }

    /// <summary>An apply conflict with a given message.</summary>
    public FieldManagerConflictException(string message)
        : base(message)
    {
        Conflicts = [];
    }

    /// <summary>An apply conflict with a given message and cause.</summary>
    public FieldManagerConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Conflicts = [];
    }

    /// <summary>An apply conflict over <paramref name="conflicts"/>, with kube's message.</summary>
    public FieldManagerConflictException(IReadOnlyList<FieldConflict> conflicts)
        : base(FormatMessage(conflicts))
    {
        Conflicts = conflicts;
    }

    /// <summary>The conflicts, ordered by manager and then by field.</summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; }

    // "Apply failed with 1 conflict: conflict with "m": .spec.host", or grouped per manager for several.
    private static string FormatMessage(IReadOnlyList<FieldConflict> conflicts)
    {
        if (conflicts.Count == 1)
        {
            return $"Apply failed with 1 conflict: conflict with {conflicts[0].Manager}: {conflicts[0].Field}";
        }

        var lines = conflicts.GroupBy(c => c.Manager).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Select(c => "- " + c.Field).Prepend("conflicts with " + g.Key));
        return $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
    }
}
