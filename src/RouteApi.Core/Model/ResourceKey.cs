namespace RouteApi.Core.Model;

/// <summary>The identity of a namespaced object: its namespace and name.</summary>
/// <param name="Namespace">The namespace (a DNS-1123 label).</param>
/// <param name="Name">The object name (a DNS-1123 subdomain).</param>
public readonly record struct ResourceKey(string Namespace, string Name)
{
    /// <summary><c>namespace/name</c>.</summary>
    public override string ToString() => Namespace + "/" + Name;
}
