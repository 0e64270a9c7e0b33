namespace RouteApi.Server.Security;

/// <summary>
/// Endpoint metadata saying which RBAC verb and subresource an endpoint serves. A collection GET
/// is <c>list</c>, or <c>watch</c> when the request asks for a watch.
/// </summary>
internal sealed record ApiOperation(string Verb, string Subresource = "")
{
    public const string ListOrWatch = "list|watch";
}
