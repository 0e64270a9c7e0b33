using System.Text.Json;

namespace RouteApi.Formats.Json;

/// <summary>
/// Reuses one string instance for the short values that repeat across routes (namespaces, label
/// keys and values, service names, TLS terminations, managers): the watch cache holds every route
/// decoded, and a hundred thousand copies of "default" or "app" are most of a route's strings. A
/// fixed table of slots keyed by the value's UTF-8 bytes, where a colliding value replaces the old
/// one, so it never grows or leaks whatever the values; entries are immutable, so readers on any
/// thread see a whole entry or none.
/// </summary>
internal static class StringPool
{
    private const int Slots = 8192;
    private const int MaxLength = 96;

    private static readonly Entry?[] Entries = new Entry?[Slots];

    /// <summary>The reader's current string (a property name or a string value), from the pool when it is there.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        var utf8 = reader.ValueSpan;
        ref var slot = ref Entries[Slot(utf8)];
        var entry = Volatile.Read(ref slot);
        if (entry is not null && utf8.SequenceEqual(entry.Utf8))
        {
            return entry.Value;
        }

        // GetString validates the UTF-8 as every other read does; the pooled bytes are then known good.
        var value = reader.GetString()!;
        Volatile.Write(ref slot, new Entry(utf8.ToArray(), value));
        return value;
    }

    // FNV-1a: short inputs, no allocation, good enough spread for a replace-on-collision table.
    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & (Slots - 1));
    }

    private sealed record Entry(byte[] Utf8, string Value);
}
