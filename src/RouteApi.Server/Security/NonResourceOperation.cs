namespace RouteApi.Server.Security;

/// <summary>
/// Endpoint metadata for a non-resource path that is not open to every authenticated user: the
/// request needs <paramref name="Verb"/> on <paramref name="Path"/> (kube's nonResourceURLs rules).
/// </summary>
/// <param name="Verb">The RBAC verb (<c>get</c>).</param>
/// <param name="Path">The non-resource URL, for example <c>/metrics</c>.</param>
internal sealed record NonResourceOperation(string Verb, string Path);
