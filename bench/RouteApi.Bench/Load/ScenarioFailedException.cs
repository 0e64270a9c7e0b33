namespace RouteApi.Bench.Load;

/// <summary>A scenario could not be measured (wrong status codes, missing events): reported, and the run fails.</summary>
internal sealed class ScenarioFailedException(string message) : Exception(message);
