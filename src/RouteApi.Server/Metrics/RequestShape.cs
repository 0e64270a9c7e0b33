using System.Globalization;
using Prometheus;

namespace RouteApi.Server.Metrics;

/// <summary>
/// The label values of one kind of request (verb, group, version, resource, subresource, scope),
/// with the metric children for them, so a request looks its children up instead of building
/// label arrays. The children per status code are created on first use.
/// </summary>
internal sealed class RequestShape
{
    private const int MaxCode = 600;
    private const string Component = "apiserver";

    private readonly Counter _total;
    private readonly Gauge _longRunning;
    private readonly string[] _labels;
    private readonly Counter.Child?[] _byCode = new Counter.Child?[MaxCode];
    private Gauge.Child? _longRunningChild;

    public RequestShape(RequestMetricFamilies families, RequestShapeKey key)
    {
        _total = families.Total;
        _longRunning = families.LongRunning;
        _labels = [key.Verb, key.Group, key.Version, key.Resource, key.Subresource, key.Scope, Component];
        Duration = families.Duration.WithLabels(_labels);
    }

    public Histogram.Child Duration { get; }

    /// <summary>The open-request gauge of this shape (<c>apiserver_longrunning_requests</c>).</summary>
    public Gauge.Child LongRunning => _longRunningChild ??= _longRunning.WithLabels(_labels);

    /// <summary>The request counter for <paramref name="code"/>.</summary>
    public Counter.Child Code(int code)
    {
        if ((uint)code >= MaxCode)
        {
            return _total.WithLabels([.. _labels, code.ToString(CultureInfo.InvariantCulture)]);
        }

        // A race creates the same child twice at worst: WithLabels returns the registered one.
        return _byCode[code] ??= _total.WithLabels([.. _labels, code.ToString(CultureInfo.InvariantCulture)]);
    }
}
