using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Bench.Baseline;

/// <summary>
/// The bare endpoints the load harness compares RouteApi with: fixed bytes (what a GET or LIST could
/// cost at best) and a JSON echo (what a create could cost at best, without storage).
/// </summary>
internal static class BaselineEndpoints
{
    public static IEndpointRouteBuilder MapBaselineEndpoints(this IEndpointRouteBuilder endpoints, StoredBodies bodies)
    {
        endpoints.MapGet("/readyz", () => Results.Text("ok"));
        endpoints.MapPut("/bytes/{name}", (string name, HttpRequest request, CancellationToken cancellationToken) =>
            UploadAsync(bodies, name, request, cancellationToken));
        endpoints.MapGet("/bytes/{name}", (string name, HttpResponse response, CancellationToken cancellationToken) =>
            ServeAsync(bodies, name, response, cancellationToken));
        endpoints.MapPost("/echo", EchoAsync);
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(StoredBodies bodies, string name, HttpRequest request, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        bodies.Put(name, new StoredBody(request.ContentType ?? "application/octet-stream", copy.ToArray()));
        return Results.NoContent();
    }

    private static async Task ServeAsync(StoredBodies bodies, string name, HttpResponse response, CancellationToken cancellationToken)
    {
        if (bodies.Find(name) is not { } body)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.ContentType = body.ContentType;
        response.ContentLength = body.Bytes.Length;
        await response.Body.WriteAsync(body.Bytes, cancellationToken);
    }

    /// <summary>
    /// Parses the body into a <see cref="JsonNode"/> tree (a DOM, as a server that reads the object
    /// before storing it must) and writes that tree back; malformed JSON is a 400.
    /// </summary>
    private static async Task EchoAsync(HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
