using System.Text.Json.Nodes;
using RouteApi.Core.ManagedFields;

namespace RouteApi.Server.Registry;

/// <summary>One apply request: the checked configuration and the manager applying it.</summary>
internal sealed record ApplyInput(JsonObject Config, FieldOwner Owner);
