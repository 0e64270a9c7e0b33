using RouteApi.Core.Model;
using RouteApi.Core.Paging;
using RouteApi.Core.Selectors;
using RouteApi.Server.Http;
using RouteApi.Storage;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    private const int MaxBatch = 10_000;

    private const string ExpiredContinueMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    /// <summary>
    /// Lists routes of one namespace (or all, when <paramref name="namespace"/> is null). Like
    /// kube-apiserver's cacher, lists are served from the watch cache unless they page (a limit with
    /// a resourceVersion other than "0", or a continue token), ask for an exact revision, or need
    /// the latest state from etcd: those read one consistent snapshot from the store, later pages
    /// at the first page's revision.
    /// </summary>
    public async Task<RouteList> ListAsync(ApiPath api, string? @namespace, ListOptions options, CancellationToken cancellationToken) =>
        (await ReadListAsync(api, @namespace, options, cancellationToken)).List;

    /// <summary>
    /// <see cref="ListAsync"/>, plus the cache entries of the items when the list was served from
    /// the watch cache.
    /// </summary>
    public async Task<RouteListRead> ReadListAsync(ApiPath api, string? @namespace, ListOptions options, CancellationToken cancellationToken)
    {
        var prefix = layout.NamespacePrefix(@namespace);
        var fromStore = options.Continue is not null
            || (options.Limit > 0 && options.ResourceVersionText != "0")
            || options.ResourceVersionMatch == "Exact"
            || (options.ResourceVersionText.Length == 0 && !layout.ConsistentReadsFromCache);
        if (!fromStore)
        {
            var snapshot = await SnapshotAsync(MinimumRevision(options.ResourceVersionText), cancellationToken);
            var cached = snapshot.List(prefix).Where(o => Matches(options, o.Value)).ToList();
            return new RouteListRead(BuildList(cached.ConvertAll(o => o.Value), snapshot.Revision, null, null), cached);
        }

        if (await TryReadPageFromCacheAsync(prefix, options, cancellationToken) is { } cachedPage)
        {
            return cachedPage;
        }

        var (revision, start) = ResolveStart(prefix, options);
        try
        {
            return new RouteListRead(await ReadPagesAsync(prefix, revision, start, options, cancellationToken), null);
        }
        catch (StoreRevisionCompactedException) when (options.Continue is { } token)
        {
            var restart = new ContinueToken(-1, token.StartKey).Encode();
            throw new StatusException(StatusErrors.Expired(ExpiredContinueMessage).Status with { Metadata = new ListMeta { Continue = restart } });
        }
    }

    /// <summary>
    /// A page of a paged list served from the watch cache when the cache holds exactly the state the
    /// list is pinned to, which reads no store and no later pages' worth of keys: the first page of a
    /// consistent list (once the cache has caught up with the store, the page is pinned to the
    /// cache's revision), or a later page whose continue token names the cache's current revision
    /// (nothing changed since the first page). Otherwise null, and the store serves the page.
    /// </summary>
    private async Task<RouteListRead?> TryReadPageFromCacheAsync(string prefix, ListOptions options, CancellationToken cancellationToken)
    {
        if (options.Limit <= 0 || options.ResourceVersionMatch.Length > 0)
        {
            return null;
        }

        CacheSnapshot<Route> snapshot;
        string? start = null;
        if (options.Continue is { } token)
        {
            snapshot = cache.Snapshot;
            if (token.ResourceVersion <= 0 || snapshot.Revision != token.ResourceVersion)
            {
                return null;
            }

            start = prefix + token.StartKey;
        }
        else if (options.ResourceVersionText.Length == 0 && layout.ConsistentReadsFromCache)
        {
            snapshot = await SnapshotAsync(store.CurrentRevision, cancellationToken);
        }
        else
        {
            return null;
        }

        var (page, remaining) = snapshot.Page(prefix, start, options.Limit, route => Matches(options, route));
        var lastKey = remaining > 0 ? page[^1].Key[prefix.Length..] : null;
        var list = BuildList(page.ConvertAll(o => o.Value), snapshot.Revision, lastKey, options.HasSelectors ? null : remaining);
        return new RouteListRead(list, page);
    }

    private (long Revision, string? Start) ResolveStart(string prefix, ListOptions options)
    {
        if (options.Continue is { } token)
        {
            // rv -1 is the token handed out after compaction: continue at the latest revision.
            return (Math.Max(token.ResourceVersion, 0), prefix + token.StartKey);
        }

        var exact = options.ResourceVersionMatch == "Exact"
            || (options.ResourceVersionMatch.Length == 0 && options.Limit > 0 && options.ResourceVersion > 0);
        if (exact)
        {
            return (options.ResourceVersion, null);
        }

        CheckNotAhead(options.ResourceVersion);
        return (0, null);
    }

    private async Task<RouteList> ReadPagesAsync(string prefix, long revision, string? start, ListOptions options, CancellationToken cancellationToken)
    {
        var filtered = options.HasSelectors;
        var items = new List<Route>();
        var batch = options.Limit;
        while (true)
        {
            var page = await store.ListAsync(new ListRequest(prefix, revision, batch, start), cancellationToken);
            revision = page.Revision;
            for (var i = 0; i < page.Items.Count; i++)
            {
                var route = RouteCodec.Decode(page.Items[i]);
                if (Matches(options, route))
                {
                    items.Add(route);
                }

                if (options.Limit > 0 && items.Count == options.Limit)
                {
                    var remaining = page.Items.Count - i - 1 + page.Remaining;
                    return BuildList(items, revision, remaining == 0 ? null : page.Items[i].Key[prefix.Length..], filtered ? null : remaining);
                }
            }

            if (!page.HasMore)
            {
                return BuildList(items, revision, null, null);
            }

            start = page.Items[^1].Key + "\0";
            batch = Math.Min(batch * 2, MaxBatch);
        }
    }

    private static bool Matches(ListOptions options, Route route) =>
        options.LabelSelector.Matches(route.Metadata.Labels) && RouteFields.Matches(options.FieldSelector, route);

    private static RouteList BuildList(List<Route> items, long revision, string? lastKey, long? remaining) => new()
    {
        Metadata = new ListMeta
        {
            ResourceVersion = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Continue = lastKey is null ? null : new ContinueToken(revision, ContinueToken.NextStartKey(lastKey)).Encode(),
            RemainingItemCount = lastKey is null ? null : remaining,
        },
        Items = items,
    };
}
