using RouteApi.Core.Model;
using RouteApi.Core.Validation;

namespace RouteApi.Core.Selectors;

/// <summary>
/// The field selector labels routes accept, and their values. The group path
/// (<c>/apis/route.openshift.io/v1</c>) accepts <c>metadata.name</c>, <c>metadata.namespace</c>,
/// <c>spec.path</c>, <c>spec.host</c>, <c>spec.subdomain</c> and <c>spec.to.name</c>; the legacy
/// <c>/oapi/v1</c> path the same without <c>spec.subdomain</c>. Any other label is a 400 BadRequest.
/// </summary>
public static class RouteFields
{
    /// <summary><c>metadata.name</c>.</summary>
    public const string MetadataName = "metadata.name";

    /// <summary><c>metadata.namespace</c>.</summary>
    public const string MetadataNamespace = "metadata.namespace";

    /// <summary><c>spec.path</c>.</summary>
    public const string SpecPath = "spec.path";

    /// <summary><c>spec.host</c>.</summary>
    public const string SpecHost = "spec.host";

    /// <summary><c>spec.subdomain</c>; group path only, and never matches a non-empty value (see <see cref="GetValue"/>).</summary>
    public const string SpecSubdomain = "spec.subdomain";

    /// <summary><c>spec.to.name</c>.</summary>
    public const string SpecToName = "spec.to.name";

    /// <summary>The labels accepted on the group path.</summary>
    public static IReadOnlyList<string> GroupLabels { get; } =
        [MetadataName, MetadataNamespace, SpecPath, SpecHost, SpecSubdomain, SpecToName];

    /// <summary>The labels accepted on the legacy <c>/oapi/v1</c> path.</summary>
    public static IReadOnlyList<string> LegacyLabels { get; } =
        [MetadataName, MetadataNamespace, SpecPath, SpecHost, SpecToName];

    /// <summary>
    /// Checks every label of <paramref name="selector"/>, in its sorted term order, as the field label
    /// conversion does.
    /// </summary>
    /// <param name="selector">The parsed field selector.</param>
    /// <param name="legacy">True for the legacy <c>/oapi/v1</c> path.</param>
    /// <exception cref="SelectorParseException">
    /// A label is not accepted: <c>"&lt;label&gt;" is not a known field selector: only "metadata.name", "metadata.namespace"</c>.
    /// </exception>
    public static void CheckSupported(FieldSelector selector, bool legacy)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var labels = legacy ? LegacyLabels : GroupLabels;
        foreach (var requirement in selector.Requirements)
        {
            if (!labels.Contains(requirement.Field, StringComparer.Ordinal))
            {
                throw new SelectorParseException(
                    $"{GoFormat.Quote(requirement.Field)} is not a known field selector: only \"{MetadataName}\", \"{MetadataNamespace}\"");
            }
        }
    }

    /// <summary>
    /// The value of a field label on <paramref name="route"/>; "" for an absent field or unknown label.
    /// <c>spec.subdomain</c> always yields "": openshift-apiserver accepts the label but leaves it out of
    /// the route's field set, so <c>spec.subdomain=x</c> matches nothing and <c>spec.subdomain!=x</c> everything.
    /// </summary>
    /// <param name="route">The route.</param>
    /// <param name="label">The field label.</param>
    public static string GetValue(Route route, string label)
    {
        ArgumentNullException.ThrowIfNull(route);
        var value = label switch
        {
            MetadataName => route.Metadata.Name,
            MetadataNamespace => route.Metadata.Namespace,
            SpecPath => route.Spec.Path,
            SpecHost => route.Spec.Host,
            SpecToName => route.Spec.To.Name,
            _ => null,
        };
        return value ?? string.Empty;
    }

    /// <summary>True when <paramref name="route"/> satisfies every term of <paramref name="selector"/>.</summary>
    /// <param name="selector">The parsed field selector.</param>
    /// <param name="route">The route.</param>
    public static bool Matches(FieldSelector selector, Route route)
    {
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(route);
        return selector.Matches(label => GetValue(route, label));
    }
}
