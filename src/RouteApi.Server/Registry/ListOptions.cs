using System.Globalization;
using RouteApi.Core.Paging;
using RouteApi.Core.Selectors;
using RouteApi.Core.Validation;
using RouteApi.Server.Http;

namespace RouteApi.Server.Registry;

/// <summary>
/// Kubernetes <c>ListOptions</c> from the query string: selectors, paging and resourceVersion
/// semantics. Parse errors answer 400; inconsistent combinations answer 422 (<c>ListOptions.meta.k8s.io</c>).
/// </summary>
internal sealed record ListOptions
{
    public LabelSelector LabelSelector { get; init; } = LabelSelector.Everything;

    public FieldSelector FieldSelector { get; init; } = FieldSelector.Parse(null);

    public int Limit { get; init; }

    public ContinueToken? Continue { get; init; }

    /// <summary>The parsed resourceVersion; 0 for unset or "0".</summary>
    public long ResourceVersion { get; init; }

    /// <summary>True when the resourceVersion parameter was given (even as "0").</summary>
    public bool HasResourceVersion { get; init; }

    public string ResourceVersionMatch { get; init; } = string.Empty;

    public static ListOptions Parse(IQueryCollection query, ApiPath api)
    {
        var labelSelector = ParseSelector(() => LabelSelector.Parse(query["labelSelector"]));
        var fieldSelector = ParseSelector(() =>
        {
            var selector = FieldSelector.Parse(query["fieldSelector"]);
            RouteFields.CheckSupported(selector, api.IsLegacy);
            return selector;
        });
        var rvText = query["resourceVersion"].ToString();
        var options = new ListOptions
        {
            LabelSelector = labelSelector,
            FieldSelector = fieldSelector,
            Limit = ParseLimit(query["limit"]),
            Continue = ParseContinue(query["continue"]),
            ResourceVersion = ParseResourceVersion(rvText),
            HasResourceVersion = rvText.Length > 0,
            ResourceVersionMatch = query["resourceVersionMatch"].ToString(),
        };
        options.Validate(rvText);
        return options;
    }

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

    private void Validate(string rvText)
    {
        if (Continue is not null && rvText.Length > 0 && rvText != "0")
        {
            throw StatusErrors.BadRequest("specifying resource version is not allowed when using continue");
        }

        var errors = new List<FieldError>();
        switch (ResourceVersionMatch)
        {
            case "":
                break;
            case "Exact" or "NotOlderThan" when Continue is not null:
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch is forbidden when continue is provided"));
                break;
            case "Exact" or "NotOlderThan" when !HasResourceVersion:
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch is forbidden unless resourceVersion is provided"));
                break;
            case "Exact" when rvText == "0":
                errors.Add(FieldError.Forbidden("resourceVersionMatch", "resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\""));
                break;
            case "Exact" or "NotOlderThan":
                break;
            default:
                errors.Add(FieldError.NotSupported("resourceVersionMatch", ResourceVersionMatch, ["Exact", "NotOlderThan", ""]));
                break;
        }

        if (errors.Count > 0)
        {
            throw StatusErrors.InvalidOptions("ListOptions", errors);
        }
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

    private static int ParseLimit(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var limit))
        {
            throw StatusErrors.BadRequest($"strconv.ParseInt: parsing {GoFormat.Quote(text)}: invalid syntax");
        }

        // A limit above int range is as good as no limit: no list is that long.
        return limit <= 0 ? 0 : (int)Math.Min(limit, int.MaxValue);
    }

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
