using RouteApi.Core.Model;
using RouteApi.Core.Validation.SpecRules;

namespace RouteApi.Core.Validation;

/// <summary>
/// Validates routes as openshift-apiserver does (route-semantics §2): every rule runs and all errors
/// are returned, in upstream order, rendered exactly as Kubernetes renders <c>field.Error</c>.
/// An empty list means valid; otherwise the server answers 422 Invalid with these causes. Call
/// after defaulting (<see cref="Defaulting.RouteDefaults"/>).
/// </summary>
public static class RouteValidation
{
    /// <summary>
    /// Validates a route about to be created: metadata, the §2.2 rules with the per-label host check,
    /// and, when those all pass, the path-segment name rules. Host permission checks and host
    /// generation are not part of this.
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateCreate(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var context = new RouteValidationContext(route, null, CheckHostname: true, CheckPath: true);
        var errors = new List<FieldError>();
        RouteRuleSets.Run(RouteRuleSets.Route, context, errors);
        if (errors.Count == 0)
        {
            RouteRuleSets.Run(RouteRuleSets.CreateFinal, context, errors);
        }

        return errors;
    }

    /// <summary>
    /// Validates a main-resource update of <paramref name="old"/> to <paramref name="route"/>: metadata
    /// update rules, wildcardPolicy immutability, then the §2.2
    /// rules. The per-label host check runs only when the host changed and the old host passed it;
    /// the path character check only when the path changed. As upstream, metadata rules shared by
    /// create and update may report the same error twice; the aggregate message drops duplicates.
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateUpdate(Route route, Route old)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(old);
        var oldHost = old.Spec?.Host ?? string.Empty;
        var hostChanged = !string.Equals(route.Spec?.Host ?? string.Empty, oldHost, StringComparison.Ordinal);
        var pathChanged = !string.Equals(route.Spec?.Path ?? string.Empty, old.Spec?.Path ?? string.Empty, StringComparison.Ordinal);
        var context = new RouteValidationContext(route, old, hostChanged && HostRule.HasValidLabels(oldHost), pathChanged);
        var errors = new List<FieldError>();
        RouteRuleSets.Run(RouteRuleSets.Update, context, errors);
        return errors;
    }

    /// <summary>
    /// Validates an update through the <c>status</c> subresource: metadata update rules only; the
    /// status content itself is not validated (upstream has the same gap).
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateStatusUpdate(Route route, Route old)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(old);
        var context = new RouteValidationContext(route, old, CheckHostname: false, CheckPath: false);
        var errors = new List<FieldError>();
        RouteRuleSets.Run(RouteRuleSets.MetadataUpdate, context, errors);
        return errors;
    }
}
