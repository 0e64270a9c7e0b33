using System.Globalization;
using RouteApi.Core.Model;

namespace RouteApi.Core.Printing;

/// <summary>
/// The <c>oc get routes</c> columns that openshift-apiserver's route printer serves in a Table:
/// Name, Host/Port, Path, Services, Port, Termination and Wildcard, all strings at priority 0,
/// with its cell rules (route-semantics §7.3).
/// </summary>
public static class RouteColumns
{
    /// <summary>The condition type routers set when they admit or reject a route.</summary>
    public const string AdmittedCondition = "Admitted";

    /// <summary>The seven column definitions, in cell order.</summary>
    public static IReadOnlyList<TableColumnDefinition> Definitions { get; } =
    [
        Column("Name", FieldDocs.ObjectMetaName, "name"),
        Column("Host/Port", FieldDocs.Describe(typeof(RouteSpec), "host")),
        Column("Path", FieldDocs.Describe(typeof(RouteSpec), "path")),
        Column("Services", "Primary and alternate route backends."),
        Column("Port", FieldDocs.Describe(typeof(RouteSpec), "port")),
        Column("Termination", "Indicates termination type."),
        Column("Wildcard", FieldDocs.Describe(typeof(RouteSpec), "wildcardPolicy")),
    ];

    /// <summary>The cells of <paramref name="route"/>, one per column of <see cref="Definitions"/>.</summary>
    public static IReadOnlyList<string> Cells(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var spec = route.Spec;
        return
        [
            route.Metadata.Name ?? string.Empty,
            HostPort(route),
            spec.Path ?? string.Empty,
            Services(spec),
            spec.Port is { } port ? port.TargetPort.ToString() : "<all>",
            Termination(spec.Tls),
            spec.WildcardPolicy ?? string.Empty,
        ];
    }

    /// <summary>
    /// <c>spec.host</c>, or what the routers said about it: the host of the last admitting entry
    /// (an entry admitting <c>spec.host</c> itself stops the replacement), the last rejection reason
    /// when nothing admitted it, <c>Pending</c> when no router decided, and a count of the other
    /// admissions or of the rejections.
    /// </summary>
    public static string HostPort(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var specHost = route.Spec.Host ?? string.Empty;
        var ingress = route.Status.Ingress;
        if (ingress is null)
        {
            // No status at all: show the host, as oc does for servers that never set status.ingress.
            return specHost;
        }

        var host = specHost;
        var matchedHost = false;
        var reason = string.Empty;
        int admitted = 0, rejected = 0;
        foreach (var entry in ingress)
        {
            var condition = entry.Conditions?.FirstOrDefault(c => c.Type == AdmittedCondition);
            switch (condition?.Status)
            {
                case "True":
                    admitted++;
                    if (!matchedHost)
                    {
                        matchedHost = entry.Host == specHost;
                        host = entry.Host ?? string.Empty;
                    }

                    break;
                case "False":
                    reason = condition.Reason ?? string.Empty;
                    rejected++;
                    break;
            }
        }

        return (admitted, rejected) switch
        {
            (0, > 0) => reason,
            (_, > 0) => $"{host} ... {rejected.ToString(CultureInfo.InvariantCulture)} rejected",
            (0, _) => "Pending",
            ( > 1, _) => $"{host} ... {(admitted - 1).ToString(CultureInfo.InvariantCulture)} more",
            _ => host,
        };
    }

    /// <summary>
    /// <c>to</c> and the alternate backends joined by commas, each as <c>name(percent%)</c> of the
    /// total weight (integer division); a backend without a weight, or the only backend when the
    /// total is not zero, shows its bare name; every backend shows <c>(0%)</c> when the total is zero.
    /// </summary>
    public static string Services(RouteSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        RouteTargetReference[] backends = [spec.To, .. spec.AlternateBackends ?? []];
        var total = backends.Sum(b => b.Weight ?? 0);
        return string.Join(",", backends.Select(backend => backend.Weight switch
        {
            null => backend.Name,
            _ when backends.Length == 1 && total != 0 => backend.Name,
            _ when total == 0 => backend.Name + "(0%)",
            { } weight => $"{backend.Name}({(weight * 100 / total).ToString(CultureInfo.InvariantCulture)}%)",
        }));
    }

    /// <summary><c>termination/policy</c>, <c>termination</c>, <c>default/policy</c>, or empty without TLS.</summary>
    public static string Termination(TlsConfig? tls)
    {
        var termination = tls?.Termination ?? string.Empty;
        var policy = tls?.InsecureEdgeTerminationPolicy ?? string.Empty;
        return (termination.Length, policy.Length) switch
        {
            ( > 0, > 0) => termination + "/" + policy,
            ( > 0, _) => termination,
            (_, > 0) => "default/" + policy,
            _ => string.Empty,
        };
    }

    private static TableColumnDefinition Column(string name, string description, string format = "") =>
        new() { Name = name, Type = "string", Format = format, Description = description };
}
