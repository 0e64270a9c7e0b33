namespace RouteApi.Storage.Caching;

/// <summary>What a watcher asks of the watch cache.</summary>
/// <param name="Prefix">Only keys under this prefix are delivered.</param>
/// <param name="FromRevision">
/// 0: start from the current state (with <paramref name="SendInitialEvents"/>, every current
/// object first). N: every change after N, replayed from the cache's history; a revision older
/// than the history answers <see cref="ResourceVersionTooOldException"/>.
/// </param>
/// <param name="SendInitialEvents">With <paramref name="FromRevision"/> 0, send the current objects first.</param>
/// <param name="MarkInitialEventsEnd">After the initial objects, send <see cref="WatchItemKind.InitialEventsEnd"/>.</param>
/// <param name="AllowBookmarks">Receive periodic and requested bookmarks.</param>
public sealed record WatchRequest(string Prefix, long FromRevision, bool SendInitialEvents, bool MarkInitialEventsEnd, bool AllowBookmarks);
