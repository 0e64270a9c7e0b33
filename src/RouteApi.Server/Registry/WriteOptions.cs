using RouteApi.Core.Validation;
using RouteApi.Server.Http;

namespace RouteApi.Server.Registry;

/// <summary>
/// The write options of create, update and patch (<c>dryRun</c>, <c>fieldManager</c>,
/// <c>fieldValidation</c>) from the query string; invalid values answer 422 on
/// <c>&lt;Kind&gt;Options.meta.k8s.io</c>.
/// </summary>
internal sealed record WriteOptions(bool DryRun, string? FieldManager, string FieldValidation)
{
    /// <summary>
    /// Answers whether the caller may <c>create</c> or <c>update</c> <c>routes/custom-host</c> in the
    /// route's namespace (route-semantics §2.11); writes made by the server itself may do both.
    /// </summary>
    public Func<string, bool> CustomHost { get; init; } = static _ => true;

    public static WriteOptions None { get; } = new(false, null, "Warn");

    public static WriteOptions Parse(IQueryCollection query, string optionsKind)
    {
        var errors = new List<FieldError>();
        var dryRun = ParseDryRun(query["dryRun"], errors);
        var fieldManager = query["fieldManager"].ToString();
        if (fieldManager.Length > 128)
        {
            errors.Add(FieldError.TooLong("fieldManager", 128));
        }

        var fieldValidation = query["fieldValidation"].ToString();
        if (fieldValidation is not ("" or "Ignore" or "Warn" or "Strict"))
        {
            errors.Add(FieldError.NotSupported("fieldValidation", fieldValidation, ["", "Ignore", "Strict", "Warn"]));
        }

        if (errors.Count > 0)
        {
            throw StatusErrors.InvalidOptions(optionsKind, errors);
        }

        return new WriteOptions(dryRun, fieldManager.Length == 0 ? null : fieldManager, fieldValidation.Length == 0 ? "Warn" : fieldValidation);
    }

    /// <summary>Validates <c>dryRun</c> values: only <c>All</c> is allowed; an empty value means no dry run.</summary>
    public static bool ParseDryRun(IEnumerable<string?> values, List<FieldError> errors)
    {
        var list = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        if (list.Any(v => v != "All"))
        {
            errors.Add(FieldError.NotSupported("dryRun", new RawValue("[]string{" + string.Join(", ", list.Select(GoFormat.Quote)) + "}"), ["All"]));
        }

        return list.Count > 0;
    }
}
