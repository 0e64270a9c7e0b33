using System.Collections.Concurrent;

namespace RouteApi.Bench.Baseline;

/// <summary>The bodies uploaded by name; each upload replaces the whole record, so readers never see half of one.</summary>
internal sealed class StoredBodies
{
    private readonly ConcurrentDictionary<string, StoredBody> _bodies = new(StringComparer.Ordinal);

    public void Put(string name, StoredBody body) => _bodies[name] = body;

    public StoredBody? Find(string name) => _bodies.TryGetValue(name, out var body) ? body : null;
}
