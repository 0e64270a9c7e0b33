namespace RouteApi.Storage.Instrumentation;

/// <summary>The <see cref="IStore"/> operations an <see cref="IStoreObserver"/> is told about.</summary>
public enum StoreOperation
{
    /// <summary><see cref="IStore.GetAsync"/>.</summary>
    Get,

    /// <summary><see cref="IStore.ListAsync"/>.</summary>
    List,

    /// <summary><see cref="IStore.CreateAsync"/>.</summary>
    Create,

    /// <summary><see cref="IStore.UpdateAsync"/>.</summary>
    Update,

    /// <summary><see cref="IStore.DeleteAsync"/>.</summary>
    Delete,

    /// <summary><see cref="IStore.CompactAsync"/>.</summary>
    Compact,

    /// <summary><see cref="IStore.IsHealthyAsync"/>.</summary>
    Health,

    /// <summary><see cref="IStore.WatchAsync"/>: only failures are reported (a watch has no duration worth timing).</summary>
    Watch,
}
