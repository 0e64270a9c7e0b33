using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.OpenApi;
using RouteApi.Server.Http;
using Swashbuckle.AspNetCore.Swagger;

namespace RouteApi.Server.OpenApi;

/// <summary>
/// The served OpenAPI documents, generated once by Swashbuckle from the endpoints and the model and
/// kept as bytes with their hash: the OpenAPI 3.0 documents of <c>apis/route.openshift.io/v1</c>
/// and of the legacy <c>oapi/v1</c> (each in kube's <c>/openapi/v3/&lt;path&gt;</c> layout), and one
/// Swagger 2.0 document of both for <c>/openapi/v2</c>.
/// </summary>
internal sealed class OpenApiDocuments(ISwaggerProvider provider)
{
    /// <summary>The Swashbuckle document of <c>/apis/route.openshift.io/v1</c>.</summary>
    public const string GroupDocument = "route.openshift.io-v1";

    /// <summary>The Swashbuckle document of <c>/oapi/v1</c>.</summary>
    public const string LegacyDocument = "oapi-v1";

    /// <summary>The Swashbuckle document of every route path (for <c>/openapi/v2</c>).</summary>
    public const string AllDocument = "all";

    /// <summary>The v3 index keys (paths under <c>/openapi/v3/</c>) and their documents.</summary>
    public static readonly IReadOnlyDictionary<string, string> V3Paths = new Dictionary<string, string>
    {
        ["apis/route.openshift.io/v1"] = GroupDocument,
        ["oapi/v1"] = LegacyDocument,
    };

    private readonly Lazy<IReadOnlyDictionary<string, SerializedDocument>> _v3 = new(() =>
        V3Paths.ToDictionary(p => p.Key, p => Serialize(provider.GetSwagger(p.Value), OpenApiSpecVersion.OpenApi3_0)));

    private readonly Lazy<SerializedDocument> _v2 = new(() => Serialize(ToSwagger2(provider.GetSwagger(AllDocument)), OpenApiSpecVersion.OpenApi2_0));

    /// <summary>The v3 document under <c>/openapi/v3/<paramref name="path"/></c>, or null.</summary>
    public SerializedDocument? V3(string path) => _v3.Value.GetValueOrDefault(path);

    /// <summary>The v3 documents by index key.</summary>
    public IReadOnlyDictionary<string, SerializedDocument> AllV3 => _v3.Value;

    /// <summary>The Swagger 2.0 document.</summary>
    public SerializedDocument V2 => _v2.Value;

    /// <summary>The route path a request path belongs to, or null.</summary>
    public static ApiPath? ApiOf(string path) =>
        new[] { ApiPath.GroupVersion, ApiPath.Legacy }.FirstOrDefault(api => path.StartsWith(api.Prefix + "/", StringComparison.Ordinal));

    /// <summary>Whether an endpoint belongs in a document.</summary>
    public static bool Includes(string documentName, string? relativePath)
    {
        var api = ApiOf("/" + relativePath);
        return documentName switch
        {
            GroupDocument => api == ApiPath.GroupVersion,
            LegacyDocument => api == ApiPath.Legacy,
            _ => api is not null,
        };
    }

    private static SerializedDocument Serialize(OpenApiDocument document, OpenApiSpecVersion version)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        document.SerializeAs(version, new OpenApiJsonWriter(text));
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        // kube-openapi's hash: the SHA-512 of the document, in upper-case hex.
        return new SerializedDocument(bytes, Convert.ToHexString(SHA512.HashData(bytes)));
    }

    // Swagger 2.0 has no oneOf: the int-or-string component takes kube's v2 form there.
    private static OpenApiDocument ToSwagger2(OpenApiDocument document)
    {
        if (document.Components?.Schemas is { } schemas && schemas.TryGetValue(KubernetesSchemaIds.IntOrString, out var schema) && schema is OpenApiSchema intOrString)
        {
            intOrString.OneOf = null;
            intOrString.Type = JsonSchemaType.String;
            intOrString.Format = "int-or-string";
        }

        return document;
    }
}
