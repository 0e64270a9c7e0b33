namespace RouteApi.Core.Validation;

/// <summary>
/// The rules for names that appear as a URL path segment (apiserver <c>path.ValidatePathSegmentName</c>):
/// a name may not be <c>.</c> or <c>..</c> and may not contain <c>/</c> or <c>%</c>.
/// </summary>
public static class PathSegmentNames
{
    /// <summary>
    /// The reasons <paramref name="name"/> cannot be a path segment; empty when it can. With
    /// <paramref name="prefix"/> (a generateName) only the "may not contain" rules apply.
    /// </summary>
    public static IReadOnlyList<string> Errors(string name, bool prefix)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!prefix && name is "." or "..")
        {
            return [$"may not be '{name}'"];
        }

        var errors = new List<string>();
        if (name.Contains('/', StringComparison.Ordinal))
        {
            errors.Add("may not contain '/'");
        }

        if (name.Contains('%', StringComparison.Ordinal))
        {
            errors.Add("may not contain '%'");
        }

        return errors;
    }
}
