using RouteApi.Bench.Load;

namespace RouteApi.Bench.Scenarios;

/// <summary>The namespace GET and LIST read: <see cref="BenchOptions.ListSize"/> routes named <c>route-1</c>… on the embedded server.</summary>
internal static class ReadDataset
{
    public const string Namespace = "bench-read";

    public const string FirstRoute = "route-1";

    /// <summary>Creates the routes unless the server already has them (a and b share them).</summary>
    public static async Task EnsureAsync(HttpClient admin, int count, CancellationToken cancellationToken)
    {
        using var probe = await admin.GetAsync(RoutePaths.Item(Namespace, FirstRoute), cancellationToken);
        if (probe.IsSuccessStatusCode)
        {
            return;
        }

        var template = new RouteBodyTemplate(Namespace);
        var poster = new RoutePoster(admin, RoutePaths.Collection(Namespace), template, new UniqueNames("route"), 16);
        await ClosedLoopLoad.RunCountAsync(poster.PostAsync, 201, 16, count, cancellationToken);
    }
}
