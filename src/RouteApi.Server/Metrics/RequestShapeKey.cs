namespace RouteApi.Server.Metrics;

/// <summary>The label values that tell kinds of request apart in the request metrics.</summary>
/// <param name="Verb">kube's reported verb: GET, LIST, WATCH, CREATE, UPDATE, PATCH, APPLY, DELETE, DELETECOLLECTION; the HTTP method for other paths.</param>
/// <param name="Group">The API group (empty on <c>/oapi/v1</c> and for other paths).</param>
/// <param name="Version">The API version (<c>v1</c>; empty for other paths).</param>
/// <param name="Resource"><c>routes</c>; empty for other paths.</param>
/// <param name="Subresource"><c>status</c> or empty; for other paths the matched route template (kube puts the path there).</param>
/// <param name="Scope"><c>resource</c>, <c>namespace</c> or <c>cluster</c>; empty for other paths.</param>
internal readonly record struct RequestShapeKey(string Verb, string Group, string Version, string Resource, string Subresource, string Scope);
