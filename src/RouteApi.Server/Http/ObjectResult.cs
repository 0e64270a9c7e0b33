using System.Buffers;
using RouteApi.Core.Buffers;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;
using RouteApi.Server.Tables;

namespace RouteApi.Server.Http;

/// <summary>
/// Writes an API object in the negotiated encoding (JSON — compact with a trailing newline, or
/// indented —, YAML or protobuf), after the request's warnings. A 406 from negotiation is raised
/// before anything is written.
/// </summary>
internal sealed class ObjectResult<T>(T value, int statusCode) : IResult
    where T : class
{
    public Task ExecuteAsync(HttpContext httpContext) =>
        WriteAsync(httpContext, ContentNegotiation.ForResponse(httpContext), value, statusCode);

    /// <summary>Encodes <paramref name="value"/> as <paramref name="format"/> says (as a Table when it asks for one).</summary>
    public static void Encode(T value, OutputFormat format, IBufferWriter<byte> output)
    {
        if (format.Table is { } options && RouteTables.TryConvert(value, options) is { } table)
        {
            ObjectResult<Table>.Encode(table, format with { Table = null }, output);
            return;
        }

        switch (format.Format)
        {
            case WireFormat.Yaml:
                KubernetesYaml.Serialize(value, output);
                break;
            case WireFormat.Protobuf:
                KubernetesProtobuf.Serialize(value, output);
                break;
            default:
                KubernetesJson.Serialize(value, output, format.Pretty);
                break;
        }
    }

    public static async Task WriteAsync(HttpContext httpContext, OutputFormat format, T value, int statusCode)
    {
        using var buffer = new PooledBufferWriter();
        Encode(value, format, buffer);
        await EncodedResult.WriteAsync(httpContext, format, buffer.WrittenMemory, statusCode);
    }
}
