using RouteApi.Core.Model;

namespace RouteApi.Core.Validation;

/// <summary>What a rule sees: the route, the stored route on update, and the per-operation switches.</summary>
/// <param name="Route">The route being validated.</param>
/// <param name="Old">The stored route on update and status update; null on create.</param>
/// <param name="CheckHostname">Whether the per-label host check (H2) runs.</param>
/// <param name="CheckPath">Whether the path character check (P1) runs.</param>
internal sealed record RouteValidationContext(Route Route, Route? Old, bool CheckHostname, bool CheckPath)
{
    private static readonly RouteSpec EmptySpec = new();
    private static readonly ObjectMeta EmptyMeta = new();

    /// <summary>The route's metadata, never null.</summary>
    public ObjectMeta Metadata => Route.Metadata ?? EmptyMeta;

    /// <summary>The route's spec, never null.</summary>
    public RouteSpec Spec => Route.Spec ?? EmptySpec;

    /// <summary>The stored route's metadata; only valid on update.</summary>
    public ObjectMeta OldMetadata => Old?.Metadata ?? EmptyMeta;

    /// <summary>The stored route's spec; only valid on update.</summary>
    public RouteSpec OldSpec => Old?.Spec ?? EmptySpec;
}
