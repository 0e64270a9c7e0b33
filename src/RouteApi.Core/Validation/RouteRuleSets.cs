using RouteApi.Core.Validation.MetadataRules;
using RouteApi.Core.Validation.SpecRules;

namespace RouteApi.Core.Validation;

/// <summary>
/// The ordered rule lists. The order is the order of the errors, which clients see in the aggregate
/// message, so it follows upstream: library-go's <c>validateRoute</c> (route-semantics §2.2),
/// <c>ValidateRouteUpdate</c> (§3.2) and apimachinery's object-meta validation.
/// </summary>
internal static class RouteRuleSets
{
    /// <summary>Object-meta create checks (library-go <c>validateObjectMeta</c>).</summary>
    public static readonly IRouteRule[] MetadataCreate =
    [
        new GenerateNameRule(),
        new NameRule(),
        new NamespaceRule(),
        new GenerationRule(),
        new LabelsRule(),
        new AnnotationsRule(),
        new OwnerReferencesRule(),
        new FinalizersRule(),
        new ManagedFieldsRule(),
        new KubeFinalizerNameRule(),
    ];

    /// <summary>Object-meta update checks (library-go <c>validateObjectMetaUpdate</c>); also the whole status-update check.</summary>
    public static readonly IRouteRule[] MetadataUpdate =
    [
        new NoNewFinalizersRule(),
        new ResourceVersionRule(),
        new GenerationDecrementRule(),
        new ImmutableMetadataRule(),
        new LabelsRule(),
        new AnnotationsRule(),
        new OwnerReferencesRule(),
        new ManagedFieldsRule(),
        new KubeFinalizerNameRule(),
    ];

    /// <summary>The §2.2 table: P1, metadata, H1/H2, S1/S2, W1/W2, HH, PA1/PA2, T1–T3, A0–A3, PO, TLS.</summary>
    public static readonly IRouteRule[] Route =
    [
        new PathCharactersRule(),
        .. MetadataCreate,
        new HostRule(),
        new SubdomainRule(),
        new WildcardPolicyRule(),
        new HttpHeadersRule(),
        new PathRule(),
        new ToRule(),
        new AlternateBackendsRule(),
        new PortRule(),
        new TlsTerminationRule(),
        new InsecureEdgeTerminationPolicyRule(),
    ];

    /// <summary>Update: <c>ValidateRouteUpdate</c> (the host permission check is <see cref="HostPermissions"/>, run first by the server).</summary>
    public static readonly IRouteRule[] Update =
    [
        .. MetadataUpdate,
        new WildcardPolicyImmutableRule(),
        .. Route,
    ];

    /// <summary>The generic registry's path-segment name check, run on create only when nothing else failed.</summary>
    public static readonly IRouteRule[] CreateFinal = [new PathSegmentNameRule()];

    /// <summary>Runs <paramref name="rules"/> in order, collecting every error.</summary>
    public static void Run(IEnumerable<IRouteRule> rules, RouteValidationContext context, List<FieldError> errors)
    {
        foreach (var rule in rules)
        {
            rule.Validate(context, errors);
        }
    }
}
