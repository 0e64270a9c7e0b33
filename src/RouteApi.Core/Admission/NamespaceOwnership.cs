namespace RouteApi.Core.Admission;

/// <summary>
/// Who may share a host (openshift/router's namespace ownership check, the IngressController's
/// <c>spec.routeAdmission.namespaceOwnership</c>).
/// </summary>
public enum NamespaceOwnership
{
    /// <summary>The namespace of the oldest route owns the host; routes of other namespaces are rejected (the default).</summary>
    Strict,

    /// <summary>Routes of any namespace may share a host on different paths; the oldest route wins each conflict.</summary>
    InterNamespaceAllowed,
}
