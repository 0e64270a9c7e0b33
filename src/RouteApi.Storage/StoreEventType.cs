namespace RouteApi.Storage;

/// <summary>The kind of a store change.</summary>
public enum StoreEventType
{
    /// <summary>The key was created.</summary>
    Created,

    /// <summary>The value of an existing key changed.</summary>
    Updated,

    /// <summary>The key was deleted.</summary>
    Deleted,
}
