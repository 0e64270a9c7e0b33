using Prometheus;
using RouteApi.Core.Admission;

namespace RouteApi.Server.Metrics;

/// <summary>
/// <c>routeapi_router_status_decisions_total{router,decision,reason}</c>: the status entries a
/// router-status controller wrote, by router (one of <c>--router-name</c>), decision
/// (<c>admitted</c>, <c>rejected</c>, or <c>removed</c> when the router no longer selects the route)
/// and the rejection reason (<c>HostAlreadyClaimed</c>…; empty otherwise).
/// </summary>
internal sealed class RouterStatusMetrics(MetricsRegistry registry)
{
    private readonly Counter _decisions = registry.Factory.CreateCounter(
        "routeapi_router_status_decisions_total",
        "Route status entries written by the router-status controllers, by router, decision (admitted, rejected, removed) and reason.",
        ["router", "decision", "reason"]);

    /// <summary>Counts one written entry of <paramref name="router"/>; a null decision removed the entry.</summary>
    public void Written(string router, AdmissionDecision? decision)
    {
        var (outcome, reason) = decision switch
        {
            null => ("removed", string.Empty),
            { Admitted: true } => ("admitted", string.Empty),
            _ => ("rejected", decision.Reason ?? string.Empty),
        };
        _decisions.WithLabels(router, outcome, reason).Inc();
    }
}
