namespace RouteApi.Storage.Sqlite;

/// <summary>The kind of a queued write.</summary>
internal enum WriteKind
{
    /// <summary>Create if absent.</summary>
    Create,

    /// <summary>Replace if the modification revision matches.</summary>
    Update,

    /// <summary>Delete if the modification revision matches.</summary>
    Delete,
}
