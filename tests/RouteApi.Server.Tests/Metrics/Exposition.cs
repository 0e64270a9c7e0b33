using System.Globalization;
using System.Text.RegularExpressions;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>
/// A parsed Prometheus text exposition (format 0.0.4): every line is checked against the grammar
/// (comments <c># HELP</c>/<c># TYPE</c>, or <c>name{label="value",…} number</c>), and the samples
/// are kept for lookups by name and labels.
/// </summary>
internal sealed partial class Exposition
{
    private readonly List<Sample> _samples = [];
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);

    private Exposition()
    {
    }

    /// <summary>The lines that do not match the grammar (empty for a well-formed exposition).</summary>
    public List<string> Malformed { get; } = [];

    public IReadOnlyList<Sample> Samples => _samples;

    public static Exposition Parse(string text)
    {
        var exposition = new Exposition();
        foreach (var line in text.Split('\n'))
        {
            exposition.Read(line);
        }

        return exposition;
    }

    /// <summary>The declared type of metric family <paramref name="name"/>, or null.</summary>
    public string? TypeOf(string name) => _types.GetValueOrDefault(name);

    /// <summary>
    /// The value of the one sample named <paramref name="name"/> whose labels include all of
    /// <paramref name="labels"/> (given as <c>key=value</c>); 0 when there is none (a counter not
    /// yet incremented has no series). More than one match fails the test.
    /// </summary>
    public double Value(string name, params string[] labels)
    {
        var matches = Find(name, labels).ToList();
        Assert.True(matches.Count <= 1, $"{matches.Count} series of {name} match {string.Join(",", labels)}");
        return matches.Count == 0 ? 0 : matches[0].Value;
    }

    public IEnumerable<Sample> Find(string name, params string[] labels)
    {
        var wanted = labels.Select(l => l.Split('=', 2)).Select(p => (Key: p[0], Value: p[1])).ToList();
        return _samples.Where(s => s.Name == name && wanted.All(w => s.Labels.TryGetValue(w.Key, out var v) && v == w.Value));
    }

    private void Read(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (line.StartsWith('#'))
        {
            var comment = CommentLine().Match(line);
            if (!comment.Success)
            {
                Malformed.Add(line);
            }
            else if (comment.Groups["kind"].Value == "TYPE")
            {
                _types[comment.Groups["name"].Value] = comment.Groups["rest"].Value;
            }

            return;
        }

        var sample = SampleLine().Match(line);
        if (!sample.Success)
        {
            Malformed.Add(line);
            return;
        }

        var labels = LabelPair().Matches(sample.Groups["labels"].Value)
            .ToDictionary(m => m.Groups["key"].Value, m => Unescape(m.Groups["value"].Value), StringComparer.Ordinal);
        _samples.Add(new Sample(sample.Groups["name"].Value, labels, ParseNumber(sample.Groups["value"].Value)));
    }

    private static double ParseNumber(string text) => text switch
    {
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Unescape(string value) =>
        value.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex(@"^# (?<kind>HELP|TYPE) (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*) (?<rest>.*)$")]
    private static partial Regex CommentLine();

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*)\})? (?<value>[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?Inf|NaN)(?: -?[0-9]+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\\n]|\\[\\""n])*)""")]
    private static partial Regex LabelPair();

    /// <summary>One sample line.</summary>
    internal sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
}
