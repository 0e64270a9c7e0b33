namespace RouteApi.Server.Http;

/// <summary>The encodings RouteApi reads and writes.</summary>
internal enum WireFormat
{
    /// <summary><c>application/json</c>.</summary>
    Json,

    /// <summary><c>application/yaml</c>.</summary>
    Yaml,

    /// <summary><c>application/vnd.kubernetes.protobuf</c> (the <c>k8s\0</c> envelope).</summary>
    Protobuf,
}
