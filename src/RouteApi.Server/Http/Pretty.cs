namespace RouteApi.Server.Http;

/// <summary>kube-apiserver's choice of indented output (<c>negotiation.isPrettyPrint</c>).</summary>
internal static class Pretty
{
    public static bool IsRequested(HttpRequest request)
    {
        if (request.Query.TryGetValue("pretty", out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]))
        {
            return GoBool.IsTrue(values[0]);
        }

        // Command-line tools and browsers get indented JSON, as from kube-apiserver.
        var userAgent = request.Headers.UserAgent.ToString();
        return userAgent.StartsWith("curl", StringComparison.Ordinal)
            || userAgent.StartsWith("Wget", StringComparison.Ordinal)
            || userAgent.Contains("Mozilla", StringComparison.Ordinal);
    }
}
