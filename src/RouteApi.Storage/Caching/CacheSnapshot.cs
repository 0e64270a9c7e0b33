using System.Collections.Immutable;
using System.Runtime.CompilerServices;

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

    // A directory's objects as an array in key order, made the first time a page reads that
    // version of the directory (a write replaces it, and the next page makes a new one): a page
    // then starts by binary search and counts what follows it by subtraction, where walking the
    // immutable tree from its first key made every page of a 10,000-route namespace cost the whole
    // namespace. Entries go with their directory version.
    private static readonly ConditionalWeakTable<ImmutableSortedDictionary<string, CachedObject<T>>, CachedObject<T>[]> Ordered = [];

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

    /// <summary>
    /// One page of a paged list: up to <paramref name="limit"/> objects under <paramref name="prefix"/>
    /// from <paramref name="start"/> on (inclusive; null for the first page) that <paramref name="match"/>
    /// accepts, in key order, and how many objects under the prefix follow the last one taken (0 when
    /// the page is not full). Directories before the start and after the page are skipped or counted
    /// whole, so a page costs about its own size rather than the whole list.
    /// </summary>
    public (List<CachedObject<T>> Page, long Remaining) Page(string prefix, string? start, int limit, Func<T, bool> match)
    {
        var page = new List<CachedObject<T>>(limit);
        var remaining = 0L;
        var directories = Directories(prefix);
        if (IsNested(directories))
        {
            // Rare (no route key is nested); the plain walk keeps the key order.
            foreach (var cached in List(prefix).Where(o => start is null || string.CompareOrdinal(o.Key, start) >= 0))
            {
                Take(cached);
            }

            return (page, remaining);
        }

        var startDirectory = start is null ? null : DirectoryOf(start);
        foreach (var (directory, objects) in directories)
        {
            var whole = directory.StartsWith(prefix, StringComparison.Ordinal);
            if (startDirectory is not null && string.CompareOrdinal(directory, startDirectory) < 0)
            {
                continue;
            }

            if (page.Count == limit && whole)
            {
                remaining += objects.Count;
                continue;
            }

            var ordered = Ordered.GetValue(objects, static o => [.. o.Values]);
            for (var i = directory == startDirectory ? FirstAtOrAfter(ordered, start!) : 0; i < ordered.Length; i++)
            {
                var cached = ordered[i];
                if (page.Count == limit && whole)
                {
                    // The rest of the directory is all under the prefix and after the start.
                    remaining += ordered.Length - i;
                    break;
                }

                if (whole || cached.Key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    Take(cached);
                }
            }
        }

        return (page, remaining);

        void Take(CachedObject<T> cached)
        {
            if (page.Count == limit)
            {
                remaining++;
            }
            else if (match(cached.Value))
            {
                page.Add(cached);
            }
        }
    }

    /// <summary>Every object whose key starts with <paramref name="prefix"/>, in key order.</summary>
    public IEnumerable<CachedObject<T>> List(string prefix)
    {
        var directories = Directories(prefix);
        var objects = directories.SelectMany(d => d.Value.Values).Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal));

        // Directories are sorted with their trailing '/', so concatenating them keeps the key order
        // unless one directory holds another (a/ and a/b/); only then is a sort needed.
        return IsNested(directories) ? objects.OrderBy(o => o.Key, StringComparer.Ordinal) : objects;
    }

    /// <summary>A snapshot of <paramref name="objects"/>, built in one pass rather than one immutable insert each.</summary>
    internal static CacheSnapshot<T> Create(IEnumerable<CachedObject<T>> objects, long revision)
    {
        var directories = new Dictionary<string, ImmutableSortedDictionary<string, CachedObject<T>>.Builder>(StringComparer.Ordinal);
        foreach (var cached in objects)
        {
            var directory = DirectoryOf(cached.Key);
            if (!directories.TryGetValue(directory, out var builder))
            {
                builder = ImmutableSortedDictionary.CreateBuilder<string, CachedObject<T>>(StringComparer.Ordinal);
                directories.Add(directory, builder);
            }

            builder[cached.Key] = cached;
        }

        var built = directories.ToImmutableSortedDictionary(d => d.Key, d => d.Value.ToImmutable(), StringComparer.Ordinal);
        return new CacheSnapshot<T>(built, revision, directories.Values.Sum(b => b.Count));
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

    // The directories holding keys under prefix, in order: those under it and the one it is inside.
    private List<KeyValuePair<string, ImmutableSortedDictionary<string, CachedObject<T>>>> Directories(string prefix) =>
        [.. _directories.Where(d => d.Key.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(d.Key, StringComparison.Ordinal))];

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

    // The index of the first object whose key is at or after start (ordinal), or the length.
    private static int FirstAtOrAfter(CachedObject<T>[] ordered, string start)
    {
        var index = ordered.AsSpan().BinarySearch(new KeyOf(start));
        return index >= 0 ? index : ~index;
    }

    // Compares a cached object with a key alone.
    private readonly struct KeyOf(string key) : IComparable<CachedObject<T>>
    {
        public int CompareTo(CachedObject<T>? other) => string.CompareOrdinal(key, other?.Key);
    }

    private static string DirectoryOf(string key) => key[..(key.LastIndexOf('/') + 1)];
}
