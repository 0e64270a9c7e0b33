using System.Collections.Immutable;

namespace RouteApi.Storage.Caching;

/// <summary>
/// An immutable view of every object in the watch cache at one revision. Objects are grouped by
/// their key's directory (the key up to and including its last <c>/</c>), so listing one
/// directory reads only that directory, and any prefix list reads only the directories under it.
/// </summary>
/// <typeparam name="T">The decoded object type.</typeparam>
public sealed class CacheSnapshot<T>
    where T : class
{
    internal static readonly CacheSnapshot<T> Empty = new(ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, CachedObject<T>>>(StringComparer.Ordinal), 0, 0);

    private readonly ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, CachedObject<T>>> _directories;

    private CacheSnapshot(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, CachedObject<T>>> directories, long revision, int count)
    {
        _directories = directories;
        Revision = revision;
        Count = count;
    }

    /// <summary>The revision the snapshot reflects.</summary>
    public long Revision { get; }

    /// <summary>How many objects the snapshot holds.</summary>
    public int Count { get; }

    /// <summary>The object stored under <paramref name="key"/>, or null.</summary>
    public CachedObject<T>? Get(string key) =>
        _directories.TryGetValue(DirectoryOf(key), out var objects) && objects.TryGetValue(key, out var cached) ? cached : null;

    /// <summary>Every object whose key starts with <paramref name="prefix"/>, in key order.</summary>
    public IEnumerable<CachedObject<T>> List(string prefix)
    {
        var directories = _directories
            .Where(d => d.Key.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(d.Key, StringComparison.Ordinal))
            .ToList();
        var objects = directories.SelectMany(d => d.Value.Values).Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal));

        // Directories are sorted with their trailing '/', so concatenating them keeps the key order
        // unless one directory holds another (a/ and a/b/); only then is a sort needed.
        return IsNested(directories) ? objects.OrderBy(o => o.Key, StringComparer.Ordinal) : objects;
    }

    internal CacheSnapshot<T> With(CachedObject<T> cached, long revision)
    {
        var directory = DirectoryOf(cached.Key);
        var objects = _directories.TryGetValue(directory, out var existing)
            ? existing
            : ImmutableSortedDictionary.Create<string, CachedObject<T>>(StringComparer.Ordinal);
        var added = objects.ContainsKey(cached.Key) ? 0 : 1;
        return new CacheSnapshot<T>(_directories.SetItem(directory, objects.SetItem(cached.Key, cached)), revision, Count + added);
    }

    internal CacheSnapshot<T> Without(string key, long revision)
    {
        var directory = DirectoryOf(key);
        if (!_directories.TryGetValue(directory, out var objects) || !objects.ContainsKey(key))
        {
            return AtRevision(revision);
        }

        var remaining = objects.Remove(key);
        var directories = remaining.IsEmpty ? _directories.Remove(directory) : _directories.SetItem(directory, remaining);
        return new CacheSnapshot<T>(directories, revision, Count - 1);
    }

    internal CacheSnapshot<T> AtRevision(long revision) => new(_directories, revision, Count);

    private static bool IsNested(List<KeyValuePair<string, ImmutableSortedDictionary<string, CachedObject<T>>>> directories)
    {
        for (var i = 1; i < directories.Count; i++)
        {
            if (directories[i].Key.StartsWith(directories[i - 1].Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string DirectoryOf(string key) => key[..(key.LastIndexOf('/') + 1)];
}
