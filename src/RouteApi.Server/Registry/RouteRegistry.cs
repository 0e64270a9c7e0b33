using Microsoft.Extensions.Options;
using RouteApi.Core.Model;
using RouteApi.Server.Hosting;
using RouteApi.Server.Http;
using RouteApi.Storage;

namespace RouteApi.Server.Registry;

/// <summary>
/// The route registry: the only place that joins the model rules (defaulting, strategy,
/// validation) with storage. Every read comes from the store; writes are compare-and-swap loops
/// (kube-apiserver's GuaranteedUpdate) so concurrent writers never lose an update.
/// </summary>
internal sealed partial class RouteRegistry(IStore store, TimeProvider timeProvider, IOptions<RouteApiOptions> options)
{
    private readonly string _hostSuffix = options.Value.RouteHostSuffix;

    /// <summary>
    /// Reads one route. A <paramref name="minimumRevision"/> the store has not reached answers 504
    /// (Too large resource version); a missing route answers 404.
    /// </summary>
    public async Task<Route> GetAsync(ApiPath api, ResourceKey key, long minimumRevision, CancellationToken cancellationToken)
    {
        CheckNotAhead(minimumRevision);
        var stored = await store.GetAsync(RouteKeys.For(key), cancellationToken) ?? throw StatusErrors.NotFound(api, key.Name);
        return RouteCodec.Decode(stored);
    }

    private void CheckNotAhead(long revision)
    {
        var current = store.CurrentRevision;
        if (revision > current)
        {
            throw StatusErrors.TooLargeResourceVersion(revision, current);
        }
    }

    private DateTimeOffset Now()
    {
        var now = timeProvider.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
