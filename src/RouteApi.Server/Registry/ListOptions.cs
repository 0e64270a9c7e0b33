using System.Globalization;
using Microsoft.Extensions.Primitives;
using RouteApi.Core.Paging;
using RouteApi.Core.Selectors;
using RouteApi.Core.Validation;
using RouteApi.Server.Http;

namespace RouteApi.Server.Registry;

/// <summary>
/// Kubernetes <c>ListOptions</c> from the query string, for list and watch: selectors, paging,
/// resourceVersion semantics and the watch parameters. Parse errors answer 400; inconsistent
/// combinations answer 422 on <c>ListOptions.meta.k8s.io</c>, with apimachinery's rules.
/// </summary>
internal sealed record ListOptions
{
    public LabelSelector LabelSelector { get; init; } = LabelSelector.Everything;

    public FieldSelector FieldSelector { get; init; } = FieldSelector.Everything;

    public int Limit { get; init; }

    public ContinueToken? Continue { get; init; }

    /// <summary>The resourceVersion parameter as sent; empty when unset.</summary>
    public string ResourceVersionText { get; init; } = string.Empty;

    /// <summary>The parsed resourceVersion; 0 for unset or "0".</summary>
    public long ResourceVersion { get; init; }

    public string ResourceVersionMatch { get; init; } = string.Empty;

    public bool Watch { get; init; }

    public bool AllowWatchBookmarks { get; init; }

    /// <summary>The sendInitialEvents parameter; null when unset.</summary>
    public bool? SendInitialEvents { get; init; }

    /// <summary>The timeoutSeconds parameter; null when unset.</summary>
    public long? TimeoutSeconds { get; init; }

    public bool HasSelectors => !LabelSelector.IsEmpty || !FieldSelector.IsEmpty;

    /// <summary>Parses and validates the options; <paramref name="forceWatch"/> is set by the <c>/watch/</c> paths.</summary>
    public static ListOptions Parse(IQueryCollection query, ApiPath api, bool forceWatch = false)
    {
        var rvText = query["resourceVersion"].ToString();
        var options = new ListOptions
        {
            LabelSelector = ParseSelector(() => LabelSelector.Parse(query["labelSelector"])),
            FieldSelector = ParseSelector(() =>
            {
                var selector = FieldSelector.Parse(query["fieldSelector"]);
                RouteFields.CheckSupported(selector, api.IsLegacy);
                return selector;
            }),
            Limit = (int)Math.Clamp(ParseInt64(query["limit"], "limit") ?? 0, 0, int.MaxValue),
            Continue = ParseContinue(query["continue"]),
            ResourceVersionText = rvText,
            ResourceVersion = ParseResourceVersion(rvText),
            ResourceVersionMatch = query["resourceVersionMatch"].ToString(),
            Watch = forceWatch || (ParseQueryBool(query["watch"]) ?? false),
            AllowWatchBookmarks = ParseQueryBool(query["allowWatchBookmarks"]) ?? false,
            SendInitialEvents = ParseQueryBool(query["sendInitialEvents"]),
            TimeoutSeconds = ParseInt64(query["timeoutSeconds"], "timeoutSeconds"),
        };
        options.Validate();
        return options;
    }

    /// <summary>Whether a collection GET is a watch (<c>watch</c> read as kube-apiserver reads booleans).</summary>
    public static bool IsWatch(IQueryCollection query) => ParseQueryBool(query["watch"]) ?? false;

    /// <summary>Parses a resourceVersion parameter: "" and "0" are 0; anything but a number answers 400.</summary>
    public static long ParseResourceVersion(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > long.MaxValue)
        {
            throw StatusErrors.BadRequest(
                $"invalid resource version: resourceVersion: Invalid value: {GoFormat.Quote(text)}: strconv.ParseUint: parsing {GoFormat.Quote(text)}: invalid syntax");
        }

        return (long)value;
    }

    private void Validate()
    {
        if (!Watch && Continue is not null && ResourceVersionText.Length > 0 && ResourceVersionText != "0")
        {
            throw StatusErrors.BadRequest("specifying resource version is not allowed when using continue");
        }

        var errors = Watch ? WatchErrors() : ListErrors();
        if (errors.Count > 0)
        {
            throw StatusErrors.InvalidOptions("ListOptions", errors);
        }
    }

    private List<FieldError> ListErrors()
    {
        var errors = new List<FieldError>();
        if (ResourceVersionMatch.Length > 0)
        {
            if (ResourceVersionText.Length == 0)
            {
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch is forbidden unless resourceVersion is provided"));
            }

            if (Continue is not null)
            {
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch is forbidden when continue is provided"));
            }

            if (ResourceVersionMatch is not ("Exact" or "NotOlderThan"))
            {
                errors.Add(FieldError.NotSupported("resourceVersionMatch", ResourceVersionMatch, ["Exact", "NotOlderThan", ""]));
            }

            if (ResourceVersionMatch == "Exact" && ResourceVersionText == "0")
            {
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\""));
            }
        }

        if (SendInitialEvents is not null)
        {
            errors.Add(FieldError.Forbidden("sendInitialEvents", "sendInitialEvents is forbidden for list"));
        }

        return errors;
    }

    private List<FieldError> WatchErrors()
    {
        var errors = new List<FieldError>();
        if (SendInitialEvents is not null && ResourceVersionMatch != "NotOlderThan")
        {
            errors.Add(FieldError.Forbidden("resourceVersionMatch", "sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"));
        }

        if (ResourceVersionMatch.Length > 0)
        {
            if (SendInitialEvents is null)
            {
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"));
            }

            if (ResourceVersionMatch != "NotOlderThan")
            {
                errors.Add(FieldError.NotSupported("resourceVersionMatch", ResourceVersionMatch, ["NotOlderThan"]));
            }

            if (Continue is not null)
            {
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch is forbidden when continue is provided"));
            }
        }

        return errors;
    }

    private static T ParseSelector<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (SelectorParseException e)
        {
            throw StatusErrors.BadRequest(e.Message);
        }
    }

    private static long? ParseInt64(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw StatusErrors.BadRequest($"{name}: strconv.ParseInt: parsing {GoFormat.Quote(text)}: invalid syntax");
    }

    /// <summary>
    /// kube-apiserver's query conversion of booleans (<c>Convert_Slice_string_To_bool</c>): absent is
    /// unset, <c>0</c> and <c>false</c> in any case are false, and every other value, even empty, is true.
    /// </summary>
    private static bool? ParseQueryBool(StringValues values) =>
        values.Count == 0 ? null : values[0] is not ("0" or null) && !string.Equals(values[0], "false", StringComparison.OrdinalIgnoreCase);

    private static ContinueToken? ParseContinue(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return ContinueToken.Decode(text);
        }
        catch (ContinueTokenException e)
        {
            throw StatusErrors.BadRequest("invalid continue token: " + e.Message);
        }
    }
}
