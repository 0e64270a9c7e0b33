namespace RouteApi.Core.ManagedFields;

/// <summary>A field an apply would change that another manager owns.</summary>
/// <param name="Manager">The other owner as kube names it in messages, for example <c>"kubectl-edit" using route.openshift.io/v1</c>.</param>
/// <param name="Field">The field path, for example <c>.spec.host</c>.</param>
public sealed record FieldConflict(string Manager, string Field);
