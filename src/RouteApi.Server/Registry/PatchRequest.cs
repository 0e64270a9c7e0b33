using System.Text.Json.Nodes;

namespace RouteApi.Server.Registry;

/// <summary>A parsed PATCH body.</summary>
/// <param name="Type">The patch type, from the Content-Type.</param>
/// <param name="Document">The patch document.</param>
/// <param name="Text">The patch as sent, for error messages.</param>
internal sealed record PatchRequest(PatchType Type, JsonNode Document, string Text);
