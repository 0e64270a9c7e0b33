using RouteApi.Core.Model;

namespace RouteApi.Core.Admission;

/// <summary>
/// How a router writes its own <c>status.ingress[]</c> entry (openshift/router's StatusAdmitter,
/// route-semantics §5.5): the entry keyed by <c>routerName</c> carries the host, wildcard policy,
/// canonical hostname and an <c>Admitted</c> condition; other routers' entries and other condition
/// types are never touched; a missing entry is appended at the end.
/// </summary>
public static class IngressStatus
{
    /// <summary>The condition type a router writes.</summary>
    public const string Admitted = "Admitted";

    /// <summary>
    /// <paramref name="route"/> with its entry for <paramref name="settings"/> set to
    /// <paramref name="decision"/> (or removed when the decision is null: the route left the shard),
    /// or null when the entry already says exactly that and nothing must be written.
    /// <c>lastTransitionTime</c> is set to <paramref name="now"/> only when the condition's status
    /// changes (True ↔ False) or the condition is new, following the Kubernetes condition
    /// convention; a new reason or message alone keeps the old time.
    /// </summary>
    public static Route? Apply(Route route, RouterSettings settings, AdmissionDecision? decision, DateTimeOffset now)
    {
        var entries = route.Status.Ingress ?? [];
        var index = IndexOf(entries, settings.Name);
        var existing = index < 0 ? null : entries[index];
        if (decision is null)
        {
            return existing is null ? null : WithEntries(route, [.. entries.Where((_, i) => i != index)]);
        }

        if (existing is not null && Matches(existing, settings, decision))
        {
            return null;
        }

        var entry = Entry(existing, settings, decision, now);
        var updated = entries.ToList();
        if (index < 0)
        {
            updated.Add(entry);
        }
        else
        {
            updated[index] = entry;
        }

        return WithEntries(route, updated);
    }

    /// <summary>The entry of router <paramref name="routerName"/>, or null.</summary>
    public static RouteIngress? Find(Route route, string routerName)
    {
        var entries = route.Status.Ingress ?? [];
        var index = IndexOf(entries, routerName);
        return index < 0 ? null : entries[index];
    }

    /// <summary>True when <paramref name="entry"/> already states <paramref name="decision"/> (lastTransitionTime aside).</summary>
    public static bool Matches(RouteIngress entry, RouterSettings settings, AdmissionDecision decision)
    {
        var condition = entry.Conditions?.FirstOrDefault(c => c.Type == Admitted);
        return (entry.Host ?? string.Empty) == decision.Host
            && (string.IsNullOrEmpty(entry.WildcardPolicy) ? WildcardPolicies.None : entry.WildcardPolicy) == decision.WildcardPolicy
            && (entry.RouterCanonicalHostname ?? string.Empty) == (settings.CanonicalHostname ?? string.Empty)
            && condition is not null
            && condition.Status == StatusOf(decision)
            && (condition.Reason ?? string.Empty) == (decision.Reason ?? string.Empty)
            && (condition.Message ?? string.Empty) == (decision.Message ?? string.Empty);
    }

    private static RouteIngress Entry(RouteIngress? existing, RouterSettings settings, AdmissionDecision decision, DateTimeOffset now)
    {
        var conditions = (existing?.Conditions ?? []).ToList();
        var at = conditions.FindIndex(c => c.Type == Admitted);
        var previous = at < 0 ? null : conditions[at];
        var status = StatusOf(decision);
        var condition = new RouteIngressCondition
        {
            Type = Admitted,
            Status = status,
            Reason = decision.Reason,
            Message = decision.Message,
            LastTransitionTime = previous is not null && previous.Status == status && previous.LastTransitionTime is not null
                ? previous.LastTransitionTime
                : WholeSeconds(now),
        };
        if (at < 0)
        {
            conditions.Add(condition);
        }
        else
        {
            conditions[at] = condition;
        }

        return new RouteIngress
        {
            Host = decision.Host.Length == 0 ? null : decision.Host,
            RouterName = settings.Name,
            Conditions = conditions,
            WildcardPolicy = decision.WildcardPolicy,
            RouterCanonicalHostname = string.IsNullOrEmpty(settings.CanonicalHostname) ? null : settings.CanonicalHostname,
        };
    }

    private static string StatusOf(AdmissionDecision decision) => decision.Admitted ? "True" : "False";

    private static DateTimeOffset WholeSeconds(DateTimeOffset now) =>
        new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static int IndexOf(IReadOnlyList<RouteIngress> entries, string routerName)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].RouterName == routerName)
            {
                return i;
            }
        }

        return -1;
    }

    private static Route WithEntries(Route route, List<RouteIngress> entries) =>
        route with { Status = route.Status with { Ingress = entries.Count == 0 ? null : entries } };
}
