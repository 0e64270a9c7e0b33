using System.Globalization;
using RouteApi.Core.Model;
using RouteApi.Server.Http;

namespace RouteApi.Server.Endpoints;

/// <summary>DeleteOptions from the request body when there is one, otherwise from the query string.</summary>
internal static class DeleteOptionsBinder
{
    public static async Task<DeleteOptions> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BodyDecoder.ReadDeleteOptionsAsync(request, cancellationToken);
        if (body is not null)
        {
            return body;
        }

        var query = request.Query;
        return new DeleteOptions
        {
            GracePeriodSeconds = ParseLong(query["gracePeriodSeconds"], "gracePeriodSeconds"),
            OrphanDependents = ParseBool(query["orphanDependents"], "orphanDependents"),
            PropagationPolicy = query["propagationPolicy"] is { Count: > 0 } p && !string.IsNullOrEmpty(p[0]) ? p[0] : null,
            DryRun = [.. query["dryRun"].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)],
        };
    }

    private static long? ParseLong(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw StatusErrors.BadRequest($"{name}: strconv.ParseInt: parsing \"{text}\": invalid syntax");
    }

    private static bool? ParseBool(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return GoBool.TryParse(text, out var value)
            ? value
            : throw StatusErrors.BadRequest($"{name}: strconv.ParseBool: parsing \"{text}\": invalid syntax");
    }
}
