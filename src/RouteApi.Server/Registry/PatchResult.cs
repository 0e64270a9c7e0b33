using RouteApi.Core.Model;

namespace RouteApi.Server.Registry;

/// <summary>The patched route, the field warnings (<c>fieldValidation=Warn</c>) of the patch that was stored, and whether an apply created the route (201).</summary>
internal sealed record PatchResult(Route Route, IReadOnlyList<string> Warnings, bool Created = false);
