namespace RouteApi.Storage;

/// <summary>A value as the store holds it, with its etcd-style revisions.</summary>
/// <param name="Key">The full key, for example <c>/registry/routes/ns/name</c>.</param>
/// <param name="Value">The opaque value bytes.</param>
/// <param name="CreateRevision">The revision that created the key.</param>
/// <param name="ModRevision">The revision of the last change (the object's resourceVersion).</param>
public sealed record StoredObject(string Key, ReadOnlyMemory<byte> Value, long CreateRevision, long ModRevision);
