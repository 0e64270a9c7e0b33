namespace RouteApi.Server.Health;

/// <summary>The server's health probes, built once from the configuration (see <see cref="HealthServiceCollectionExtensions.AddRouteApiHealth"/>).</summary>
/// <param name="All">livez, readyz and healthz.</param>
internal sealed record HealthProbes(IReadOnlyList<HealthProbe> All);
