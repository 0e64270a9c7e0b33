namespace RouteApi.Server.Registry;

/// <summary>The PATCH content types RouteApi applies.</summary>
internal enum PatchType
{
    /// <summary><c>application/json-patch+json</c> (RFC 6902).</summary>
    Json,

    /// <summary><c>application/merge-patch+json</c> (RFC 7386).</summary>
    Merge,

    /// <summary><c>application/strategic-merge-patch+json</c> (Kubernetes strategic merge).</summary>
    StrategicMerge,

    /// <summary><c>application/apply-patch+yaml</c> (server-side apply; the body is the applied configuration, YAML or JSON).</summary>
    Apply,
}
