namespace RouteApi.Server.Security;

/// <summary>What a request asks to do, in RBAC terms (kube's request attributes).</summary>
/// <param name="Verb">get, list, watch, create, update, patch, delete or deletecollection.</param>
/// <param name="Group">The API group (<c>route.openshift.io</c>, or empty on <c>/oapi/v1</c>).</param>
/// <param name="Resource"><c>routes</c>.</param>
/// <param name="Subresource"><c>status</c>, <c>custom-host</c> or empty.</param>
/// <param name="Namespace">The namespace; empty at the cluster scope.</param>
/// <param name="Name">The object name, when the request names one.</param>
internal sealed record AccessRequest(string Verb, string Group, string Resource, string Subresource, string Namespace, string Name)
{
    /// <summary><c>routes</c> or <c>routes/status</c>.</summary>
    public string ResourceWithSubresource => Subresource.Length == 0 ? Resource : Resource + "/" + Subresource;
}
