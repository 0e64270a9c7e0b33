using RouteApi.Core.Model;
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

    /// <summary>
    /// The field manager the write is recorded under in managedFields: <c>fieldManager</c>, or
    /// kube's default, the User-Agent up to its first <c>/</c> (printable characters, at most 128).
    /// </summary>
    public string Manager { get; init; } = string.Empty;

    /// <summary><c>force=true</c> on an apply: take over fields other managers own instead of answering 409.</summary>
    public bool Force { get; init; }

    /// <summary>Set when an apply already computed metadata.managedFields, so the write keeps them as they are.</summary>
    public bool ManagedFieldsComputed { get; init; }

    /// <summary>
    /// Answers the 403 Status when the caller may not <c>create</c> the named route; an apply that
    /// finds no object creates it, which kube authorizes as a create.
    /// </summary>
    public Func<string, Status?> CreateDenial { get; init; } = static _ => null;

    public static WriteOptions None { get; } = new(false, null, "Warn");

    /// <summary>Parses the write options of a request and resolves its field manager.</summary>
    public static WriteOptions ForRequest(HttpRequest request, string optionsKind)
    {
        var options = Parse(request.Query, optionsKind);
        return options with { Manager = options.FieldManager ?? ManagerFromUserAgent(request.Headers.UserAgent.ToString()) };
    }

    /// <summary>kube's <c>prefixFromUserAgent</c>: <c>kubectl/v1.32.0 (linux/amd64)</c> gives <c>kubectl</c>.</summary>
    public static string ManagerFromUserAgent(string userAgent)
    {
        var prefix = userAgent.Split('/')[0];
        var manager = new System.Text.StringBuilder();
        foreach (var rune in prefix.EnumerateRunes())
        {
            if (manager.Length >= 128)
            {
                break;
            }

            if (!System.Text.Rune.IsControl(rune) && System.Text.Rune.GetUnicodeCategory(rune) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse))
            {
                manager.Append(rune.ToString());
            }
        }

        return manager.ToString();
    }

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
