using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>One scenario of issue 9: it prepares its data, measures, and records figures in its report.</summary>
internal interface IScenario
{
    string Id { get; }

    string Title { get; }

    /// <summary>Measures; throws <see cref="Load.ScenarioFailedException"/> when the measurement is not valid (errors, missing events).</summary>
    Task RunAsync(ScenarioReport report, CancellationToken cancellationToken);
}
