using System.Net;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>Scrapes <c>/metrics</c> as the admin and parses the answer.</summary>
internal sealed class Scraper(HttpClient http)
{
    public const string Path = "/metrics";

    public async Task<Exposition> ScrapeAsync()
    {
        using var response = await http.GetAsync(Path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics answered {(int)response.StatusCode}: {text}");
        return Exposition.Parse(text);
    }

    /// <summary>
    /// Scrapes until <paramref name="done"/> holds, for at most 5 seconds: for counts the server
    /// updates just after the effect a test can observe (a status write, for one).
    /// </summary>
    public async Task<Exposition> UntilAsync(Func<Exposition, bool> done, Func<Exposition, string> describe)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        var last = await ScrapeAsync();
        while (!done(last))
        {
            Assert.False(limit.IsCancellationRequested, "not reached within 5 s; last: " + describe(last));
            last = await ScrapeAsync();
        }

        return last;
    }
}
