using System.Globalization;

namespace RouteApi.Bench;

/// <summary>What one harness run measures, and how long; <see cref="Parse"/> reads the command line.</summary>
internal sealed record BenchOptions
{
    /// <summary>Every scenario, in the order they run.</summary>
    public static readonly IReadOnlyList<string> AllScenarios = ["a", "b", "c", "d", "e", "f"];

    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;

    public string OutDirectory { get; init; } = Path.Combine("bench", "results");

    public bool Quick { get; init; }

    public int Rounds { get; init; } = 5;

    public TimeSpan RoundDuration { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Connections kept busy by the read scenarios (a, b).</summary>
    public int ReadConcurrency { get; init; } = 32;

    /// <summary>Connections (or etcd calls in flight) kept busy by the create scenarios (c, d).</summary>
    public int WriteConcurrency { get; init; } = 64;

    /// <summary>Routes in the namespace that GET and LIST read (the LIST 500).</summary>
    public int ListSize { get; init; } = 500;

    public int Watchers { get; init; } = 1000;

    /// <summary>Watchers per user: 20 users × 50 stay inside the server's default 100 watches per user.</summary>
    public int WatchersPerUser { get; init; } = 50;

    public int UpdatesPerSecond { get; init; } = 100;

    /// <summary>
    /// Routes the watched updates go to, in turn; each gets UpdatesPerSecond ÷ WatchRoutes updates a
    /// second (default 100: every route of the namespace changes once a second, as a namespace's
    /// routes do under churn; a few routes taking all updates measures per-key write contention instead).
    /// </summary>
    public int WatchRoutes { get; init; } = 100;

    public TimeSpan WatchDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long watchers may still take, after the last update was answered, to receive every event.</summary>
    public TimeSpan WatchDrain { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Routes loaded for the memory and scale scenario.</summary>
    public int ScaleRoutes { get; init; } = 100_000;

    /// <summary>Namespaces the scale routes are spread over.</summary>
    public int ScaleNamespaces { get; init; } = 10;

    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The run's settings for <c>--quick</c>: tiny sizes, for the smoke test.</summary>
    public static BenchOptions QuickDefaults() => new()
    {
        Quick = true,
        Rounds = 2,
        RoundDuration = TimeSpan.FromSeconds(1),
        WarmUp = TimeSpan.FromSeconds(0.5),
        ReadConcurrency = 8,
        WriteConcurrency = 16,
        ListSize = 100,
        Watchers = 20,
        WatchersPerUser = 10,
        UpdatesPerSecond = 20,
        WatchDuration = TimeSpan.FromSeconds(3),
        WatchDrain = TimeSpan.FromSeconds(3),
        // Over one page of 500, so the continue token is followed.
        ScaleRoutes = 600,
        ScaleNamespaces = 2,
        Settle = TimeSpan.FromSeconds(1),
    };

    /// <summary>Reads <c>--quick</c>, <c>--scenario a,b</c>, <c>--out DIR</c> and the size overrides.</summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick") ? QuickDefaults() : new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--quick")
            {
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--scenario" => options with { Scenarios = ParseScenarios(value) },
                "--out" => options with { OutDirectory = value },
                "--rounds" => options with { Rounds = PositiveInt(name, value) },
                "--duration" => options with { RoundDuration = TimeSpan.FromSeconds(PositiveInt(name, value)) },
                "--read-concurrency" => options with { ReadConcurrency = PositiveInt(name, value) },
                "--write-concurrency" => options with { WriteConcurrency = PositiveInt(name, value) },
                "--watchers" => options with { Watchers = PositiveInt(name, value) },
                "--watch-routes" => options with { WatchRoutes = PositiveInt(name, value) },
                "--routes" => options with { ScaleRoutes = PositiveInt(name, value) },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    public const string Usage =
        "usage: RouteApi.Bench [--quick] [--scenario a,b,c,d,e,f] [--out DIR] [--rounds N] [--duration SECONDS]\n" +
        "                      [--read-concurrency N] [--write-concurrency N] [--watchers N] [--watch-routes N] [--routes N]";

    private static List<string> ParseScenarios(string value)
    {
        var chosen = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .ToList();
        var unknown = chosen.Except(AllScenarios).ToList();
        return unknown.Count == 0 && chosen.Count > 0
            ? [.. AllScenarios.Where(chosen.Contains)]
            : throw new ArgumentException($"--scenario takes letters from {string.Join(',', AllScenarios)}");
    }

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} needs a positive whole number, not '{value}'");
}
