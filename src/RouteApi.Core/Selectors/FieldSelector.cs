namespace RouteApi.Core.Selectors;

/// <summary>
/// A parsed Kubernetes field selector (the <c>fieldSelector</c> query parameter):
/// comma-separated <c>field=value</c>, <c>field==value</c> or <c>field!=value</c> terms, ANDed, with
/// <c>\\</c>, <c>\,</c> and <c>\=</c> escapes in values. A field the object lacks compares as "".
/// Field labels are not checked here; see <see cref="RouteFields.CheckSupported"/>.
/// A malformed selector is a 400 BadRequest carrying the parser's message.
/// </summary>
public sealed class FieldSelector
{
    private FieldSelector(IReadOnlyList<FieldRequirement> requirements)
    {
        Requirements = requirements;
    }

    /// <summary>The selector that matches every object.</summary>
    public static FieldSelector Everything { get; } = new([]);

    /// <summary>The terms, sorted by their text as upstream sorts them.</summary>
    public IReadOnlyList<FieldRequirement> Requirements { get; }

    /// <summary>True when the selector places no restriction.</summary>
    public bool IsEmpty => Requirements.Count == 0;

    /// <summary>
    /// Parses a field selector. Null or empty text yields <see cref="Everything"/>; blank text is an
    /// error, as upstream does not trim.
    /// </summary>
    /// <param name="text">The selector text, as sent in <c>fieldSelector</c>.</param>
    /// <returns>The parsed selector.</returns>
    /// <exception cref="SelectorParseException">The text is malformed; the message is the Kubernetes text.</exception>
    public static FieldSelector Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Everything;
        }

        var requirements = FieldSelectorParser.Parse(text);
        return requirements.Count == 0 ? Everything : new FieldSelector(requirements);
    }

    /// <summary>True when every term holds.</summary>
    /// <param name="fieldValue">Returns an object's value for a field label, or "" when it has none.</param>
    public bool Matches(Func<string, string> fieldValue)
    {
        ArgumentNullException.ThrowIfNull(fieldValue);
        foreach (var requirement in Requirements)
        {
            var actual = fieldValue(requirement.Field) ?? string.Empty;
            var equal = string.Equals(actual, requirement.Value, StringComparison.Ordinal);
            if (equal != (requirement.Operator == FieldOperator.Equals))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds the value <paramref name="field"/> must equal, as <c>RequiresExactMatch</c> does: the
    /// first <c>=</c>/<c>==</c> term on that field. Used to serve <c>metadata.name=x</c> as a single get.
    /// </summary>
    /// <param name="field">The field label, such as <c>metadata.name</c>.</param>
    /// <param name="value">The required value, or "" when there is none.</param>
    /// <returns>True when a term requires an exact value.</returns>
    public bool TryGetRequiredValue(string field, out string value)
    {
        foreach (var requirement in Requirements)
        {
            if (requirement.Operator == FieldOperator.Equals && string.Equals(requirement.Field, field, StringComparison.Ordinal))
            {
                value = requirement.Value;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    /// <summary>The canonical text: <c>field=value</c> or <c>field!=value</c> terms with escaped values.</summary>
    public override string ToString() => string.Join(",", Requirements.Select(r =>
        r.Field + (r.Operator == FieldOperator.Equals ? "=" : "!=") + FieldSelectorParser.EscapeValue(r.Value)));
}
