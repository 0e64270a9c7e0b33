using System.Text;
using RouteApi.Storage;

namespace RouteApi.Server.RouterStatus;

/// <summary>
/// The claim of one replica to write one router's status, kept in the store under its own key so
/// replicas sharing etcd agree on a single writer per router name (openshift/router has a writer
/// lease for the same reason: two writers that disagree would fight over the entry). The holder
/// renews with compare-and-swap; a standby takes over with compare-and-swap once the key has not
/// changed for <see cref="RouterStatusOptions.LeaseDuration"/> by its own clock, so clock skew
/// between replicas does not matter (the rule of client-go's leader election).
/// </summary>
internal sealed class RouterLease(IStore store, string key, string holder, RouterStatusOptions options, TimeProvider timeProvider)
{
    private long _observedRevision = -1;
    private DateTimeOffset _observedAt;
    private long _heldRevision = -1;

    /// <summary>This replica's identity in the lease value.</summary>
    public string Holder => holder;

    /// <summary>
    /// Takes the lease if it is free or expired, renews it if this replica holds it; true when this
    /// replica holds it afterwards. A lost compare-and-swap means another replica got there first;
    /// a store that cannot be reached means the lease cannot be vouched for, so it is not held
    /// (the caller stands by, or stops writing, and tries again later).
    /// </summary>
    public async Task<bool> TryAcquireOrRenewAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var value = Encoding.UTF8.GetBytes(holder + " " + now.ToUnixTimeMilliseconds());
        try
        {
            var current = await store.GetAsync(key, cancellationToken);
            if (current is null)
            {
                return Held(await store.CreateAsync(key, value, cancellationToken));
            }

            if (HolderOf(current) != holder && !Expired(current, now))
            {
                _heldRevision = -1;
                return false;
            }

            return Held(await store.UpdateAsync(key, value, current.ModRevision, cancellationToken));
        }
        catch (Exception e) when (e is StoreConflictException or StoreKeyExistsException or StoreUnavailableException)
        {
            _heldRevision = -1;
            return false;
        }
    }

    /// <summary>Gives the lease up (if still held) so a standby need not wait for it to expire.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_heldRevision < 0)
        {
            return;
        }

        try
        {
            await store.DeleteAsync(key, _heldRevision, cancellationToken);
        }
        catch (StoreException)
        {
            // Someone else holds it now, or the store is gone: nothing to give up.
        }

        _heldRevision = -1;
    }

    private bool Held(StoredObject stored)
    {
        _heldRevision = stored.ModRevision;
        _observedRevision = stored.ModRevision;
        return true;
    }

    private bool Expired(StoredObject current, DateTimeOffset now)
    {
        if (current.ModRevision != _observedRevision)
        {
            _observedRevision = current.ModRevision;
            _observedAt = now;
            return false;
        }

        return now - _observedAt >= options.LeaseDuration;
    }

    private static string HolderOf(StoredObject stored)
    {
        var text = Encoding.UTF8.GetString(stored.Value.Span);
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[..space];
    }
}
