namespace RouteApi.Core.Selectors;

/// <summary>
/// A parsed Kubernetes label selector (the <c>labelSelector</c> query parameter), with the grammar,
/// matching semantics and error texts of apimachinery's <c>labels.Parse</c>:
/// <c>k</c>, <c>!k</c>, <c>k=v</c>, <c>k==v</c>, <c>k!=v</c>, <c>k in (a,b)</c>, <c>k notin (a,b)</c>,
/// <c>k&gt;1</c> and <c>k&lt;1</c>, comma-separated and ANDed. <c>!=</c> and <c>notin</c> also match
/// objects without the key. A malformed selector is a 400 BadRequest carrying the parser's message.
/// </summary>
public sealed class LabelSelector
{
    private static readonly IReadOnlyDictionary<string, string> EmptyLabels = new Dictionary<string, string>();
    private readonly LabelRequirement[] _requirements;

    private LabelSelector(LabelRequirement[] requirements)
    {
        _requirements = requirements;
    }

    /// <summary>The selector that matches every object.</summary>
    public static LabelSelector Everything { get; } = new([]);

    /// <summary>True when the selector places no restriction.</summary>
    public bool IsEmpty => _requirements.Length == 0;

    /// <summary>
    /// Parses a label selector. Null, empty or blank text yields <see cref="Everything"/>.
    /// </summary>
    /// <param name="text">The selector text, as sent in <c>labelSelector</c>.</param>
    /// <returns>The parsed selector, its requirements sorted by key.</returns>
    /// <exception cref="SelectorParseException">The text is malformed; the message is the Kubernetes text.</exception>
    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Everything;
        }

        var requirements = LabelSelectorParser.Parse(text);
        if (requirements.Count == 0)
        {
            return Everything;
        }

        // Stable, like the insertion sort Go uses for the handful of requirements a selector has.
        var sorted = requirements.OrderBy(r => r.Key, GoStringComparer.Instance).ToArray();
        return new LabelSelector(sorted);
    }

    /// <summary>True when every requirement holds for <paramref name="labels"/> (null means no labels).</summary>
    /// <param name="labels">The object's <c>metadata.labels</c>.</param>
    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        labels ??= EmptyLabels;
        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The canonical text, as apimachinery prints it: requirements sorted by key, values sorted.</summary>
    public override string ToString() => string.Join(",", _requirements.Select(r => r.ToString()));
}
