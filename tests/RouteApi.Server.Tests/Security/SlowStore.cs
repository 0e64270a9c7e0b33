using RouteApi.Storage;
using RouteApi.Testing;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// An <see cref="IStore"/> that forwards to the real store, except that creating a key whose last
/// segment starts with <see cref="SlowPrefix"/> never completes until its request is cancelled:
/// a store that hangs, so a request can outlive the request timeout without any clock race.
/// </summary>
public sealed class SlowStore(IStore inner) : ForwardingStore(inner)
{
    public const string SlowPrefix = "slow-";

    public override async ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        if (key[(key.LastIndexOf('/') + 1)..].StartsWith(SlowPrefix, StringComparison.Ordinal))
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return await Inner.CreateAsync(key, value, cancellationToken);
    }
}
