using System.Text;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// A realistic route in one namespace, in the style of the shared examples: host, service target,
/// named port, edge TLS without keys, labels and an annotation. The name (also part of the host)
/// is filled in per request, into a caller's buffer, without allocating.
/// </summary>
internal sealed class RouteBodyTemplate
{
    private const string NamePlaceholder = "{NAME}";

    // Written over several lines for reading; sent compact, as clients send it.
    private const string Template = """
        {"apiVersion":"route.openshift.io/v1","kind":"Route",
        "metadata":{"name":"{NAME}","namespace":"{NS}",
        "labels":{"app":"frontend","tier":"web","team":"payments"},
        "annotations":{"haproxy.router.openshift.io/timeout":"30s"}},
        "spec":{"host":"{NAME}.{NS}.apps.example.com","path":"/",
        "to":{"kind":"Service","name":"frontend","weight":100},
        "port":{"targetPort":"http"},
        "tls":{"termination":"edge","insecureEdgeTerminationPolicy":"Redirect"},
        "wildcardPolicy":"None"}}
        """;

    private readonly byte[][] _parts;

    public RouteBodyTemplate(string @namespace)
    {
        Namespace = @namespace;
        _parts = [.. Template.ReplaceLineEndings(string.Empty).Replace("{NS}", @namespace, StringComparison.Ordinal)
            .Split(NamePlaceholder)
            .Select(Encoding.UTF8.GetBytes)];
    }

    public string Namespace { get; }

    /// <summary>The longest body for a name of at most <paramref name="nameLength"/> bytes.</summary>
    public int MaxLength(int nameLength) => _parts.Sum(p => p.Length) + ((_parts.Length - 1) * nameLength);

    /// <summary>Writes the body for <paramref name="name"/> and returns its length.</summary>
    public int Write(Span<byte> destination, ReadOnlySpan<byte> name)
    {
        var length = 0;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (i > 0)
            {
                name.CopyTo(destination[length..]);
                length += name.Length;
            }

            _parts[i].CopyTo(destination[length..]);
            length += _parts[i].Length;
        }

        return length;
    }

    public byte[] Create(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var body = new byte[MaxLength(nameBytes.Length)];
        return body[..Write(body, nameBytes)];
    }
}
