using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace RouteApi.Storage.Caching;

/// <summary>
/// One watcher of the watch cache: the backlog it starts with (initial objects or replayed
/// history), then live events from a bounded buffer. A watcher that cannot keep up is closed;
/// its stream ends and its client watches again. Dispose to stop watching.
/// </summary>
/// <typeparam name="T">The decoded object type.</typeparam>
public sealed class CacheWatcher<T> : IAsyncDisposable
    where T : class
{
    private readonly WatchCache<T> _owner;
    private readonly IReadOnlyList<WatchItem<T>> _backlog;
    private readonly Channel<WatchItem<T>> _live;
    private int _backlogSent;

    internal CacheWatcher(WatchCache<T> owner, WatchRequest request, IReadOnlyList<WatchItem<T>> backlog, long startRevision, int capacity)
    {
        _owner = owner;
        _backlog = backlog;
        Request = request;
        StartRevision = startRevision;
        _live = Channel.CreateBounded<WatchItem<T>>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>What the watcher asked for.</summary>
    public WatchRequest Request { get; }

    /// <summary>The revision the live part of the stream starts after.</summary>
    public long StartRevision { get; }

    /// <summary>True once the watcher was closed, by the cache or by its owner.</summary>
    public bool Closed { get; private set; }

    /// <summary>Why the cache closed the watcher; <see cref="WatcherCloseReason.None"/> while open or when its owner closed it.</summary>
    public WatcherCloseReason CloseReason { get; private set; }

    /// <summary>Set by the dispatcher while it waits for this watcher's buffer; bookmarks then wait too.</summary>
    internal bool Blocked { get; set; }

    internal ChannelWriter<WatchItem<T>> Writer => _live.Writer;

    /// <summary>The stream: backlog first, then live items, until the watcher is closed or the token fires.</summary>
    public async IAsyncEnumerable<WatchItem<T>> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await WaitToReadAsync(cancellationToken))
        {
            while (TryRead(out var item))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// Takes the next item if one is ready (backlog first, then live items). With
    /// <see cref="WaitToReadAsync"/> a stream can write every ready item and send them with one
    /// flush instead of one flush (and send) each.
    /// </summary>
    public bool TryRead(out WatchItem<T> item)
    {
        if (_backlogSent < _backlog.Count)
        {
            item = _backlog[_backlogSent++];
            return true;
        }

        return _live.Reader.TryRead(out item);
    }

    /// <summary>Waits until an item is ready (true) or the watcher is closed with nothing left (false).</summary>
    /// <exception cref="OperationCanceledException">The token fired first.</exception>
    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) =>
        _backlogSent < _backlog.Count ? ValueTask.FromResult(true) : _live.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Asks for a bookmark at the cache's current revision (ignored when bookmarks were not requested).</summary>
    public void RequestBookmark() => _owner.EnqueueBookmark(this);

    /// <summary>Stops watching and frees the watcher's buffer.</summary>
    public ValueTask DisposeAsync()
    {
        _owner.Unsubscribe(this);
        Close(WatcherCloseReason.None);
        return ValueTask.CompletedTask;
    }

    internal void Close(WatcherCloseReason reason)
    {
        if (!Closed)
        {
            CloseReason = reason;
            Closed = true;
        }

        _live.Writer.TryComplete();
    }
}
