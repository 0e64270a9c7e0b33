namespace RouteApi.Bench.Scenarios;

/// <summary>The scenario behind each letter.</summary>
internal static class ScenarioCatalog
{
    public static IScenario Create(string id, BenchEnvironment environment) => id switch
    {
        "a" => new GetOneScenario(environment),
        "b" => new ListScenario(environment),
        "c" => new CreateEmbeddedScenario(environment),
        "d" => new CreateEtcdScenario(environment),
        "e" => new WatchFanOutScenario(environment),
        "f" => new ScaleScenario(environment),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no such scenario"),
    };
}
