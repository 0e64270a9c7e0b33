namespace RouteApi.Bench.Load;

/// <summary>One side of a comparison: what a worker sends, the one status that counts, and whose CPU to meter.</summary>
/// <param name="Label">"api" or "baseline".</param>
/// <param name="Operation">One request.</param>
/// <param name="ExpectedStatus">The only status that counts as done; any other is an error.</param>
/// <param name="Metered">The ids of the processes serving this side, for their CPU use.</param>
internal sealed record LoadSide(string Label, LoadOperation Operation, int ExpectedStatus, IReadOnlyList<int> Metered);
