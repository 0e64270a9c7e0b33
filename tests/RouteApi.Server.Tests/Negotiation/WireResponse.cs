using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>A response as bytes, with the Content-Type header exactly as the server sent it.</summary>
internal sealed record WireResponse(HttpStatusCode Code, byte[] Body, string? ContentType, HttpResponseHeaders Headers)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    /// <summary>The YAML body read back as JSON (kind, field names and values as the server's JSON has them).</summary>
    public JsonNode Yaml => JsonNode.Parse(KubernetesYaml.ConvertToJson(Body))!;

    public ProtobufEnvelope Envelope => KubernetesProtobuf.ReadEnvelope(Body);

    /// <summary>The JSON view used by <see cref="Endpoints.StatusAssert"/>.</summary>
    public ApiResponse AsApiResponse() =>
        new(Code, Text, ContentType is null ? null : MediaTypeHeaderValue.Parse(ContentType).MediaType, Headers);

    /// <summary>The raw <c>Warning</c> header values.</summary>
    public List<string> Warnings => Headers.NonValidated.TryGetValues("Warning", out var values) ? [.. values] : [];
}
