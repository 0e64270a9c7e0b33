using RouteApi.Formats;

namespace RouteApi.Server.Http;

/// <summary>
/// Warnings collected while a request is handled (for example unknown fields under
/// <c>fieldValidation=Warn</c>), sent as <c>Warning: 299 - "…"</c> headers with kube's truncation rules.
/// </summary>
internal static class Warnings
{
    private static readonly object Key = new();

    public static void Add(HttpContext context, IEnumerable<string> texts)
    {
        if (context.Items[Key] is not List<string> list)
        {
            context.Items[Key] = list = [];
        }

        list.AddRange(texts);
    }

    /// <summary>Writes the collected warnings as headers; call before the response starts.</summary>
    public static void Apply(HttpContext context)
    {
        if (context.Items[Key] is List<string> { Count: > 0 } list)
        {
            foreach (var value in WarningHeader.FormatAll(list))
            {
                context.Response.Headers.Append(WarningHeader.HeaderName, value);
            }
        }
    }
}
