namespace RouteApi.Server.Health;

/// <summary>
/// One named check behind <c>/livez</c>, <c>/readyz</c> or <c>/healthz</c>, as kube-apiserver's
/// <c>healthz.HealthChecker</c>: the name is what <c>?verbose</c> lists, <c>?exclude=</c> skips and
/// <c>/readyz/&lt;name&gt;</c> runs alone.
/// </summary>
internal interface IHealthCheck
{
    /// <summary>The check's name, e.g. <c>storage</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Runs the check: null when it passes, otherwise why it failed. The reason is logged and shown on
    /// the check's own path (which needs a token), never on the public root paths.
    /// </summary>
    ValueTask<string?> CheckAsync(CancellationToken cancellationToken);
}
