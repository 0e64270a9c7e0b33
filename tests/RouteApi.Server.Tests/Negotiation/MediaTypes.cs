namespace RouteApi.Server.Tests.Negotiation;

/// <summary>The media types RouteApi serves and the exact 406 and 415 messages naming them.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string Yaml = "application/yaml";
    public const string Protobuf = "application/vnd.kubernetes.protobuf";
    public const string JsonStream = "application/json;stream=watch";
    public const string ProtobufStream = "application/vnd.kubernetes.protobuf;stream=watch";

    public const string NotAcceptableMessage =
        "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf";

    public const string WatchNotAcceptableMessage =
        "only the following media types are accepted: application/json;stream=watch, application/vnd.kubernetes.protobuf;stream=watch";

    public const string UnsupportedMediaTypeMessage =
        "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf";

    /// <summary>The three object encodings, for theories over prefix and encoding.</summary>
    public static TheoryData<string, string> PrefixesAndTypes(params string[] types)
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var type in types)
            {
                data.Add(prefix, type);
            }
        }

        return data;
    }
}
