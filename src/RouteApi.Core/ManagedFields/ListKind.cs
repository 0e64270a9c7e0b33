namespace RouteApi.Core.ManagedFields;

/// <summary>How server-side apply treats a list (the <c>+listType</c> marker of the Go type).</summary>
internal enum ListKind
{
    /// <summary><c>atomic</c>: the list is one value, owned and replaced whole.</summary>
    Atomic,

    /// <summary><c>set</c>: scalar items, each owned on its own (<c>v:</c> elements).</summary>
    Set,

    /// <summary><c>map</c>: object items identified by their key fields (<c>k:</c> elements).</summary>
    Map,
}
