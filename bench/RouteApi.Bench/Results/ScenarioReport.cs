namespace RouteApi.Bench.Results;

/// <summary>What one scenario produced: its figures, details without a target (CPU, counts, notes), or the error that stopped it.</summary>
internal sealed class ScenarioReport(string id, string title)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public List<Figure> Figures { get; } = [];

    /// <summary>Informational values without a target, in the order they were recorded.</summary>
    public List<KeyValuePair<string, double>> Details { get; } = [];

    public List<string> Notes { get; } = [];

    public string? Error { get; set; }

    public void Detail(string name, double value) => Details.Add(new(name, value));
}
