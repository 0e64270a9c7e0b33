namespace RouteApi.Core.ManagedFields;

/// <summary>Who writes, and when: the manager name, the API version of the request, the subresource written through (<c>status</c> or none) and the write time.</summary>
/// <param name="Manager">The <c>fieldManager</c> query parameter, or the User-Agent prefix when it is absent.</param>
/// <param name="ApiVersion">The API version of the request path, for example <c>route.openshift.io/v1</c>.</param>
/// <param name="Subresource">The subresource written through, or null for the main resource.</param>
/// <param name="Now">The write time, in whole seconds.</param>
public sealed record FieldOwner(string Manager, string ApiVersion, string? Subresource, DateTimeOffset Now);
