using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using RouteApi.Server.Tables;

namespace RouteApi.Server.Http;

/// <summary>
/// Content negotiation in one place, as kube-apiserver's <c>negotiation</c> package does it: the
/// response encoding comes from the <c>Accept</c> clauses by q-value then order (wildcards mean
/// JSON; a clause asking for a conversion we do not offer, <c>;as=…</c>, is passed over so clients
/// fall back to their next clause), the request encoding from <c>Content-Type</c>. The one conversion
/// offered is <c>as=Table;g=meta.k8s.io;v=v1</c> (or <c>v1beta1</c>) on GET, list and watch of
/// routes, in JSON or YAML only: as in kube, a Table has no protobuf form, so a protobuf Table
/// clause is passed over too.
/// </summary>
internal static class ContentNegotiation
{
    public const string Json = "application/json";
    public const string Yaml = "application/yaml";
    public const string Protobuf = "application/vnd.kubernetes.protobuf";
    public const string JsonStream = "application/json;stream=watch";
    public const string ProtobufStream = "application/vnd.kubernetes.protobuf;stream=watch";

    public static readonly string[] ObjectTypes = [Json, Yaml, Protobuf];
    public static readonly string[] StreamTypes = [JsonStream, ProtobufStream];

    private static readonly object Key = new();

    /// <summary>The response encoding of this request (negotiated once); 406 when no clause can be served.</summary>
    public static OutputFormat ForResponse(HttpContext context)
    {
        if (context.Items[Key] is OutputFormat known)
        {
            return known;
        }

        var format = Negotiate(context.Request, watch: false, TableAllowed(context))
            ?? throw NotAcceptable(ObjectTypes);
        context.Items[Key] = format;
        return format;
    }

    /// <summary>The response encoding for an error: the negotiated one, or JSON when there is none.</summary>
    public static OutputFormat ForError(HttpContext context) =>
        context.Items[Key] as OutputFormat ?? Negotiate(context.Request, watch: false, allowTable: false) ?? OutputFormat.Json;

    /// <summary>
    /// The stream encoding of a watch: JSON lines or protobuf frames; 406 for anything else (YAML has
    /// no stream form). Table is refused for a watch-list (initial events ending in a bookmark), as
    /// kube refuses it; a bad <c>includeObject</c> answers 400 before the stream starts.
    /// </summary>
    public static OutputFormat ForWatch(HttpContext context)
    {
        var query = context.Request.Query;
        var watchList = GoBool.IsTrue(query["sendInitialEvents"]) && GoBool.IsTrue(query["allowWatchBookmarks"]);
        var format = Negotiate(context.Request, watch: true, allowTable: !watchList && TableAllowed(context)) ?? throw NotAcceptable(StreamTypes);
        format.Table?.Validate();
        return format;
    }

    /// <summary>The encoding of a discovery document: JSON or YAML (discovery types have no protobuf form here).</summary>
    public static OutputFormat? ForDiscovery(HttpRequest request) => Negotiate(request, watch: false, allowTable: false, allowProtobuf: false);

    /// <summary>The encoding of a request body; an empty Content-Type is JSON, an unknown one answers 415.</summary>
    public static WireFormat ForRequest(HttpRequest request)
    {
        if (string.IsNullOrEmpty(request.ContentType))
        {
            return WireFormat.Json;
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            switch (contentType.MediaType.Value?.ToLowerInvariant())
            {
                case Json: return WireFormat.Json;
                case Yaml: return WireFormat.Yaml;
                case Protobuf: return WireFormat.Protobuf;
            }
        }

        throw StatusErrors.UnsupportedMediaType(ObjectTypes);
    }

    // Only GETs of the route endpoints (get, list, watch) convert to Table.
    private static bool TableAllowed(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<ApiPath>() is not null;

    private static OutputFormat? Negotiate(HttpRequest request, bool watch, bool allowTable, bool allowProtobuf = true)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Build(WireFormat.Json, request, acceptPretty: false, watch, streamNamed: false);
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var clauses))
        {
            return null;
        }

        // Highest q first; OrderBy is stable, so clauses of equal quality keep the client's order.
        foreach (var clause in clauses.OrderByDescending(c => c.Quality ?? 1))
        {
            var table = allowTable ? TableOf(clause, request) : null;
            if (clause.Quality is 0 || (table is null && HasParameter(clause, "as")) || HasParameter(clause, "sv"))
            {
                continue;
            }

            var format = FormatOf(clause.MediaType.Value ?? string.Empty);
            if (format is null || (watch && format == WireFormat.Yaml) || (format == WireFormat.Protobuf && (table is not null || !allowProtobuf)))
            {
                continue;
            }

            var pretty = ParameterValue(clause, "pretty") == "1";
            return Build(format.Value, request, pretty, watch, ParameterValue(clause, "stream") == "watch") with { Table = table };
        }

        return null;
    }

    private static OutputFormat Build(WireFormat format, HttpRequest request, bool acceptPretty, bool watch, bool streamNamed)
    {
        var contentType = (format, watch) switch
        {
            (WireFormat.Yaml, _) => Yaml,
            (WireFormat.Protobuf, true) => ProtobufStream,
            (WireFormat.Protobuf, false) => Protobuf,
            // kube answers JSON watches as application/json; a client that named the stream type gets it back.
            (_, true) when streamNamed => JsonStream,
            _ => Json,
        };
        var pretty = format == WireFormat.Json && !watch && (acceptPretty || Pretty.IsRequested(request));
        return new OutputFormat(format, pretty, contentType);
    }

    private static WireFormat? FormatOf(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "*/*" or "application/*" or Json => WireFormat.Json,
        Yaml => WireFormat.Yaml,
        Protobuf => WireFormat.Protobuf,
        _ => null,
    };

    private static TableOptions? TableOf(MediaTypeHeaderValue clause, HttpRequest request) =>
        HasParameter(clause, "as")
            ? TableOptions.FromClause(ParameterValue(clause, "as"), ParameterValue(clause, "g"), ParameterValue(clause, "v"), request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ApiPath>(), request.Query)
            : null;

    private static bool HasParameter(MediaTypeHeaderValue clause, string name) =>
        clause.Parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static string? ParameterValue(MediaTypeHeaderValue clause, string name) =>
        clause.Parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Value;

    private static StatusException NotAcceptable(IEnumerable<string> types) =>
        StatusErrors.NotAcceptable("only the following media types are accepted: " + string.Join(", ", types));
}
