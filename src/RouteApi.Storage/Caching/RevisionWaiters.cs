namespace RouteApi.Storage.Caching;

/// <summary>Callers waiting for the cache to reach a revision; released as the cache advances.</summary>
internal sealed class RevisionWaiters
{
    private readonly List<(long Revision, TaskCompletionSource Done)> _waiting = [];
    private readonly Lock _gate = new();

    /// <summary>Completes once <paramref name="current"/> reaches <paramref name="revision"/>; cancelling forgets the wait.</summary>
    public async Task WaitAsync(long revision, Func<long> current, CancellationToken cancellationToken)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            // Checked under the lock: a Release between an unlocked check and the add would be missed.
            if (current() >= revision)
            {
                return;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((revision, done));
        }

        try
        {
            await done.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                _waiting.RemoveAll(w => w.Done == done);
            }
        }
    }

    public void Release(long revision)
    {
        lock (_gate)
        {
            for (var i = _waiting.Count - 1; i >= 0; i--)
            {
                if (_waiting[i].Revision <= revision)
                {
                    _waiting[i].Done.TrySetResult();
                    _waiting.RemoveAt(i);
                }
            }
        }
    }
}
