using RouteApi.Core.Model;

namespace RouteApi.Server.Registry;

/// <summary>The patched route and the field warnings (<c>fieldValidation=Warn</c>) of the patch that was stored.</summary>
internal sealed record PatchResult(Route Route, IReadOnlyList<string> Warnings);
