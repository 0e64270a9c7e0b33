namespace RouteApi.Storage.Tests;

/// <summary>Compares stored objects by key, revisions and value bytes (the record compares the memory reference).</summary>
public sealed class StoredObjectComparer : IEqualityComparer<StoredObject?>
{
    public static StoredObjectComparer Instance { get; } = new();

    public bool Equals(StoredObject? x, StoredObject? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null
            && x.Key == y.Key
            && x.CreateRevision == y.CreateRevision
            && x.ModRevision == y.ModRevision
            && x.Value.Span.SequenceEqual(y.Value.Span));

    public int GetHashCode(StoredObject? obj) => obj is null ? 0 : HashCode.Combine(obj.Key, obj.ModRevision);
}
