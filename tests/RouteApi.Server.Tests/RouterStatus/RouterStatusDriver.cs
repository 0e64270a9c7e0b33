using RouteApi.Core.Admission;
using RouteApi.Core.Model;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Tests.RouterStatus;

/// <summary>
/// Reads the routers' entries from the server's watch cache and waits, event-driven, until a
/// condition holds: the cache is re-checked after every change it sees, under a generous deadline
/// (a deadline that passes fails the test with the last state seen).
/// </summary>
internal sealed class RouterStatusDriver(RouterStatusFactory factory)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public Route? Route(string ns, string name) => factory.Cache.Snapshot.Get(factory.Layout.For(new ResourceKey(ns, name)))?.Value;

    public RouteIngress? Entry(string ns, string name, string router) =>
        Route(ns, name) is { } route ? IngressStatus.Find(route, router) : null;

    public RouteIngressCondition? Admitted(string ns, string name, string router) =>
        Entry(ns, name, router)?.Conditions?.FirstOrDefault(c => c.Type == IngressStatus.Admitted);

    /// <summary>Waits until router <paramref name="router"/>'s Admitted condition of the route has <paramref name="status"/> (and <paramref name="reason"/>, when given).</summary>
    public Task<RouteIngressCondition> AdmittedAsync(string ns, string name, string router, string status, string? reason = null) =>
        UntilAsync(() => Admitted(ns, name, router) is { } c && c.Status == status && (reason is null || c.Reason == reason) ? c : null,
            () => $"{ns}/{name} for {router}: {Describe(Admitted(ns, name, router))}");

    /// <summary>Waits until <paramref name="probe"/> returns a value.</summary>
    public async Task<T> UntilAsync<T>(Func<T?> probe, Func<string> describe, TimeSpan? deadline = null)
        where T : class
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(deadline ?? Deadline);
        try
        {
            while (true)
            {
                // Watch first, then look: a change between the two is then never missed.
                await using var watcher = factory.Cache.Watch(new WatchRequest(factory.Layout.Routes, 0, false, false, false));
                if (probe() is { } found)
                {
                    return found;
                }

                await foreach (var _ in watcher.ReadAllAsync(limit.Token))
                {
                    if (probe() is { } later)
                    {
                        return later;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail("condition not reached before the deadline; last state: " + describe());
            throw;
        }
    }

    private static string Describe(RouteIngressCondition? c) =>
        c is null ? "no Admitted condition" : $"{c.Status} {c.Reason} {c.Message}";
}
