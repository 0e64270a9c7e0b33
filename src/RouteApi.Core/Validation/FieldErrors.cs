namespace RouteApi.Core.Validation;

/// <summary>Helpers over lists of <see cref="FieldError"/>.</summary>
public static class FieldErrors
{
    /// <summary>
    /// The Kubernetes aggregate text of a list of errors: the single message when there is one
    /// distinct message, otherwise <c>[e1, e2, ...]</c>, duplicates removed, order kept.
    /// </summary>
    public static string Aggregate(IEnumerable<FieldError> errors)
    {
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var text = error.ToString();
            if (seen.Add(text))
            {
                distinct.Add(text);
            }
        }

        return distinct.Count switch
        {
            0 => string.Empty,
            1 => distinct[0],
            _ => "[" + string.Join(", ", distinct) + "]",
        };
    }
}
