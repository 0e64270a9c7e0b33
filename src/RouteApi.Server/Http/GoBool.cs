namespace RouteApi.Server.Http;

/// <summary>Go's <c>strconv.ParseBool</c>, which Kubernetes uses for boolean query parameters.</summary>
internal static class GoBool
{
    public static bool TryParse(string? text, out bool value)
    {
        switch (text)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                value = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>True only for a value Go parses as true.</summary>
    public static bool IsTrue(string? text) => TryParse(text, out var value) && value;
}
