namespace RouteApi.Core.ManagedFields;

/// <summary>
/// What makes two managedFields entries the same owner (kube's manager identifier): manager,
/// operation and subresource, plus the API version for <c>Update</c> entries only, so an applier
/// keeps one entry whatever version it applies in.
/// </summary>
internal sealed record ManagerIdentity(string Manager, string Operation, string ApiVersion, string Subresource)
{
    public const string Apply = "Apply";
    public const string Update = "Update";

    public static ManagerIdentity For(string manager, string operation, string apiVersion, string? subresource) =>
        new(manager, operation, operation == Apply ? string.Empty : apiVersion, subresource ?? string.Empty);

    /// <summary>How conflict messages name the owner: <c>"kubectl-edit" using route.openshift.io/v1</c>.</summary>
    public string Describe()
    {
        var text = "\"" + Manager + "\"";
        if (Subresource.Length > 0)
        {
            text += " with subresource \"" + Subresource + "\"";
        }

        return Operation == Update ? text + " using " + ApiVersion : text;
    }
}
