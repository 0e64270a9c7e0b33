using RouteApi.Core.Model;

namespace RouteApi.Server.Registry;

/// <summary>The outcome of a delete: the route is gone (<see cref="Removed"/>), or it waits for its finalizers.</summary>
internal sealed record DeleteResult(Route Route, bool Removed);
