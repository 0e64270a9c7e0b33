using System.Text.Json.Nodes;
using RouteApi.Core.Model;

namespace RouteApi.Core.ManagedFields;

/// <summary>The object an apply produced (live object merged with the configuration, fields the applier dropped pruned) and its new managedFields.</summary>
public sealed record ApplyResult(JsonObject Merged, IReadOnlyList<ManagedFieldsEntry>? ManagedFields);
