using System.Net.Http.Headers;
using RouteApi.Bench.Load;

namespace RouteApi.Bench.Scenarios;

/// <summary>Gives the baseline app the exact answer RouteApi gave for a path: same bytes, same Content-Type.</summary>
internal static class BaselineCopy
{
    /// <summary>Fetches <paramref name="apiPath"/> from RouteApi, uploads it as <c>/bytes/<paramref name="name"/></c>, and returns its length.</summary>
    public static async Task<int> UploadAsync(HttpClient api, string apiPath, HttpClient baseline, string name, CancellationToken cancellationToken)
    {
        using var answer = await api.GetAsync(apiPath, cancellationToken);
        if (!answer.IsSuccessStatusCode)
        {
            throw new ScenarioFailedException($"GET {apiPath} answered {(int)answer.StatusCode}");
        }

        var bytes = await answer.Content.ReadAsByteArrayAsync(cancellationToken);
        using var upload = new ByteArrayContent(bytes);
        upload.Headers.ContentType = answer.Content.Headers.ContentType ?? new MediaTypeHeaderValue("application/json");
        using var stored = await baseline.PutAsync($"/bytes/{name}", upload, cancellationToken);
        stored.EnsureSuccessStatusCode();
        return bytes.Length;
    }
}
