namespace RouteApi.Storage.Caching;

/// <summary>
/// The encodings of one immutable cached value, one per variant (media type, API path, ...), each
/// made once. Held as a field of its owner and replaced whole (copy on write): a value has one to a
/// few variants, for which a short array scanned in order is enough, where a concurrent dictionary
/// cost about 550 bytes (its tables, buckets and locks) on every event and every route read one by
/// one. Concurrent first calls for one variant may both encode; one result is kept.
/// </summary>
internal struct VariantEncodings
{
    private KeyValuePair<string, ReadOnlyMemory<byte>>[]? _entries;

    /// <summary>Returns the encoding named <paramref name="variant"/>, made by <paramref name="make"/> the first time.</summary>
    public ReadOnlyMemory<byte> GetOrAdd<TState>(string variant, Func<TState, ReadOnlyMemory<byte>> make, TState state)
    {
        var entries = Volatile.Read(ref _entries);
        if (TryFind(entries, variant, out var found))
        {
            return found;
        }

        var made = make(state);
        while (true)
        {
            KeyValuePair<string, ReadOnlyMemory<byte>>[] grown = entries is null ? [new(variant, made)] : [.. entries, new(variant, made)];
            var seen = Interlocked.CompareExchange(ref _entries, grown, entries);
            if (ReferenceEquals(seen, entries))
            {
                return made;
            }

            // Another variant (or this one) was added meanwhile: keep theirs if it is this variant.
            entries = seen;
            if (TryFind(entries, variant, out found))
            {
                return found;
            }
        }
    }

    private static bool TryFind(KeyValuePair<string, ReadOnlyMemory<byte>>[]? entries, string variant, out ReadOnlyMemory<byte> encoding)
    {
        foreach (var entry in entries ?? [])
        {
            if (string.Equals(entry.Key, variant, StringComparison.Ordinal))
            {
                encoding = entry.Value;
                return true;
            }
        }

        encoding = default;
        return false;
    }
}
