using System.ComponentModel.DataAnnotations;

namespace RouteApi.Storage.Etcd;

/// <summary>Settings of the etcd store, bound from the <c>Etcd</c> configuration section.</summary>
public sealed class EtcdStoreOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Etcd";

    /// <summary>etcd's client port, used for an endpoint without one.</summary>
    public const int DefaultPort = 2379;

    /// <summary>
    /// The etcd members' client URLs (<c>http://host:port</c>, <c>https://host:port</c>, or
    /// <c>host:port</c>); an entry may hold several URLs separated by commas, as
    /// <c>--etcd-servers</c> does. Requests are spread over the reachable members round-robin.
    /// Required.
    /// </summary>
    public IList<string> Endpoints { get; } = [];

    /// <summary>
    /// A namespace put in front of every key in etcd, so independent RouteApi installations can share
    /// one etcd cluster (for example <c>/tenant-a</c>); keys come back without it. Empty by default:
    /// the keys the server passes already carry the storage prefix (<c>/registry/routes/…</c>), so this
    /// is an extra level, not the <c>/registry</c> prefix. It is prepended as is (no <c>/</c> added).
    /// </summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>
    /// A PEM file with the certificate authority that signed the etcd members' serving certificates;
    /// setting it makes every connection TLS. Without it, <c>https</c> endpoints are checked against
    /// the system's trusted roots.
    /// </summary>
    public string? CaFile { get; set; }

    /// <summary>A PEM client certificate presented to etcd (<c>--client-cert-auth</c>); needs <see cref="KeyFile"/>.</summary>
    public string? CertFile { get; set; }

    /// <summary>The PEM private key of <see cref="CertFile"/>.</summary>
    public string? KeyFile { get; set; }

    /// <summary>
    /// The deadline of every etcd request: a request that has no answer by then (etcd unreachable,
    /// no quorum) fails with <see cref="StoreUnavailableException"/>. Defaults to 10 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a TCP connection attempt to one member may take. Defaults to 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan DialTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The deadline of a health check (<see cref="IStore.IsHealthyAsync"/>), capped by
    /// <see cref="RequestTimeout"/>. Defaults to 2 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long startup waits for etcd to answer with quorum, logging each failed attempt, before it
    /// goes on without it (requests then answer 503 until etcd is back). Zero does not wait.
    /// Defaults to 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The endpoints as URLs: comma-separated entries split; <c>host:port</c> gets <c>https</c> when a
    /// CA or client certificate is set and <c>http</c> otherwise; a missing port is etcd's 2379.
    /// </summary>
    /// <exception cref="FormatException">An endpoint is not a valid URL.</exception>
    public IReadOnlyList<Uri> EndpointUris()
    {
        var scheme = CaFile is not null || CertFile is not null ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        var uris = new List<Uri>();
        foreach (var entry in Endpoints.SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var text = entry.Contains("://", StringComparison.Ordinal) ? entry : $"{scheme}://{entry}";
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new FormatException($"The etcd endpoint '{entry}' is not a URL like http://127.0.0.1:2379.");
            }

            // Uri gives a missing port the scheme's default (80/443); etcd's default is 2379.
            var authority = text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('/')[0];
            var explicitPort = authority.LastIndexOf(':') > authority.LastIndexOf(']');
            uris.Add(explicitPort ? uri : new UriBuilder(uri) { Port = DefaultPort }.Uri);
        }

        return uris;
    }

    /// <summary>True when connections use TLS: a CA or client certificate is set, or an endpoint is <c>https</c>.</summary>
    public bool UsesTls() => CaFile is not null || CertFile is not null || EndpointUris().Any(u => u.Scheme == Uri.UriSchemeHttps);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        IReadOnlyList<Uri> uris;
        try
        {
            uris = EndpointUris();
        }
        catch (FormatException e)
        {
            return [new ValidationResult(e.Message, [nameof(Endpoints)])];
        }

        var errors = new List<ValidationResult>();
        if (uris.Count == 0)
        {
            errors.Add(new ValidationResult("At least one etcd endpoint is required.", [nameof(Endpoints)]));
        }
        else if (uris.Select(u => u.Scheme).Distinct().Count() > 1)
        {
            errors.Add(new ValidationResult("The etcd endpoints mix http and https.", [nameof(Endpoints)]));
        }
        else if (uris[0].Scheme == Uri.UriSchemeHttp && (CaFile is not null || CertFile is not null))
        {
            errors.Add(new ValidationResult("TLS files are set but the etcd endpoints are http.", [nameof(Endpoints)]));
        }

        if ((CertFile is null) != (KeyFile is null))
        {
            errors.Add(new ValidationResult("CertFile and KeyFile go together.", [nameof(CertFile), nameof(KeyFile)]));
        }

        foreach (var (name, path) in new[] { (nameof(CaFile), CaFile), (nameof(CertFile), CertFile), (nameof(KeyFile), KeyFile) })
        {
            if (path is not null && !File.Exists(path))
            {
                errors.Add(new ValidationResult($"The {name} '{path}' does not exist.", [name]));
            }
        }

        return errors;
    }
}
