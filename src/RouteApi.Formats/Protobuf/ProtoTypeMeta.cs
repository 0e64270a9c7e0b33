namespace RouteApi.Formats.Protobuf;

/// <summary>
/// <c>runtime.TypeMeta</c> inside the envelope: apiVersion = 1, kind = 2 (the reverse of
/// <c>metav1.TypeMeta</c>), both always written.
/// </summary>
/// <param name="ApiVersion">The group/version, such as <c>route.openshift.io/v1</c>.</param>
/// <param name="Kind">The kind, such as <c>Route</c>.</param>
internal readonly record struct ProtoTypeMeta(string ApiVersion, string Kind);
