using RouteApi.Core.Model;

namespace RouteApi.Core.Strategy;

/// <summary>
/// openshift-apiserver's route strategy: what the server changes in a route before it validates
/// and stores it (route-semantics §3).
/// </summary>
public static class RouteStrategy
{
    /// <summary>
    /// The placeholder PEM the legacy <c>/oapi/v1</c> path shows for a reencrypt route without a
    /// destination CA; stripped again when a client sends it back.
    /// </summary>
    // "This " keeps its trailing space: the text must match upstream byte for byte to be stripped.
    public const string EmptyDestinationCertificate =
        "-----BEGIN COMMENT-----\n" +
        "This is an empty PEM file created to provide backwards compatibility\n" +
        "for reencrypt routes that have no destinationCACertificate. This \n" +
        "content will only appear for routes accessed via /oapi/v1/routes.\n" +
        "-----END COMMENT-----\n";

    /// <summary>
    /// Create: status reset, generation 1, the legacy placeholder destination CA stripped, and
    /// <c>externalCertificate</c> dropped (the feature gate is off in RouteApi).
    /// </summary>
    public static Route PrepareForCreate(Route route) => route with
    {
        Metadata = route.Metadata with { Generation = 1 },
        Spec = WithoutExternalCertificate(StripEmptyDestinationCertificate(route.Spec), keep: false),
        Status = new RouteStatus(),
    };

    /// <summary>
    /// Update of the main resource: status kept from the stored object, an empty <c>spec.host</c>
    /// keeps the stored host, generation bumped by one only when the spec changed.
    /// </summary>
    /// <param name="route">The incoming object, after the generic update rules (generation copied from the old object).</param>
    /// <param name="old">The stored object.</param>
    /// <param name="specEquals">Semantic equality of two specs (the server compares their encoded forms).</param>
    public static Route PrepareForUpdate(Route route, Route old, Func<RouteSpec, RouteSpec, bool> specEquals)
    {
        var spec = StripEmptyDestinationCertificate(route.Spec);
        if (string.IsNullOrEmpty(spec.Host))
        {
            spec = spec with { Host = old.Spec.Host };
        }

        spec = WithoutExternalCertificate(spec, keep: old.Spec.Tls?.ExternalCertificate is not null);
        var generation = old.Metadata.Generation + (specEquals(spec, old.Spec) ? 0 : 1);
        return route with
        {
            Metadata = route.Metadata with { Generation = generation },
            Spec = spec,
            Status = old.Status,
        };
    }

    /// <summary>Update through the <c>status</c> subresource: the spec is kept from the stored object.</summary>
    public static Route PrepareForStatusUpdate(Route route, Route old) => route with { Spec = old.Spec };

    /// <summary>
    /// Host allocation on create: when <c>spec.host</c> and <c>spec.subdomain</c> are empty and the
    /// wildcard policy is not <c>Subdomain</c>, sets <c>&lt;name with dots as dashes&gt;-&lt;namespace&gt;.&lt;suffix&gt;</c>
    /// and the annotation <c>openshift.io/host.generated: "true"</c>.
    /// </summary>
    public static Route AllocateHost(Route route, string suffix)
    {
        var spec = route.Spec;
        var meta = route.Metadata;
        if (!string.IsNullOrEmpty(spec.Host) || !string.IsNullOrEmpty(spec.Subdomain) || spec.WildcardPolicy == "Subdomain"
            || string.IsNullOrEmpty(meta.Name) || string.IsNullOrEmpty(meta.Namespace))
        {
            return route;
        }

        var host = meta.Name.Replace('.', '-') + "-" + meta.Namespace + "." + suffix;
        var annotations = new Dictionary<string, string>(meta.Annotations ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [RouteApiNames.HostGeneratedAnnotation] = "true",
        };
        return route with
        {
            Metadata = meta with { Annotations = annotations },
            Spec = spec with { Host = host },
        };
    }

    /// <summary>
    /// The legacy <c>/oapi/v1</c> decorator: a reencrypt route without a destination CA is shown with
    /// the <see cref="EmptyDestinationCertificate"/> placeholder.
    /// </summary>
    public static Route DecorateForLegacy(Route route) =>
        route.Spec.Tls is { Termination: "reencrypt", DestinationCaCertificate: null or "" } tls
            ? route with { Spec = route.Spec with { Tls = tls with { DestinationCaCertificate = EmptyDestinationCertificate } } }
            : route;

    private static RouteSpec StripEmptyDestinationCertificate(RouteSpec spec) =>
        spec.Tls is { Termination: "reencrypt" } tls && tls.DestinationCaCertificate == EmptyDestinationCertificate
            ? spec with { Tls = tls with { DestinationCaCertificate = null } }
            : spec;

    private static RouteSpec WithoutExternalCertificate(RouteSpec spec, bool keep) =>
        keep || spec.Tls?.ExternalCertificate is null ? spec : spec with { Tls = spec.Tls with { ExternalCertificate = null } };
}
