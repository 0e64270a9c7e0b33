namespace RouteApi.Storage;

/// <summary>A create found the key already present (API: 409 AlreadyExists).</summary>
public sealed class StoreKeyExistsException(string key)
    : StoreException(key, $"key exists: {key}");
