using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace RouteApi.Server.Tests.Health;

/// <summary>With routers configured, <c>/readyz</c> and <c>/healthz</c> also list <c>router-status</c>, which passes once each router's controller has started.</summary>
public sealed class RouterStatusHealthTests(RouterStatusHealthTests.RoutersFactory factory) : IClassFixture<RouterStatusHealthTests.RoutersFactory>
{
    [Theory]
    [InlineData("readyz")]
    [InlineData("healthz")]
    public async Task ReadinessProbe_WithRouters_ListsRouterStatusOnceStarted(string probe)
    {
        var client = factory.CreateClient();
        await WaitForRouterStatusAsync(client);

        var response = await client.GetAsync($"/{probe}?verbose", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"[+]ping ok\n[+]storage ok\n[+]watch-cache ok\n[+]router-status ok\n[+]shutdown ok\n{probe} check passed\n", body);
    }

    [Fact]
    public async Task Livez_WithRouters_StillListsOnlyPing()
    {
        var response = await factory.CreateClient().GetAsync("/livez?verbose", TestContext.Current.CancellationToken);

        Assert.Equal("[+]ping ok\nlivez check passed\n", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    // The controllers start in the background after the host: ask their check until it passes.
    private static async Task WaitForRouterStatusAsync(HttpClient client)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(5));
        while (true)
        {
            using var response = await client.GetAsync("/readyz/router-status", budget.Token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            var body = await response.Content.ReadAsStringAsync(budget.Token);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.StartsWith("internal server error: ", body, StringComparison.Ordinal);
            await Task.Yield();
        }
    }

    /// <summary>The standard factory with two in-process routers.</summary>
    public sealed class RoutersFactory : RouteApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RouterStatus:Routers:0:Name", "default");
            builder.UseSetting("RouterStatus:Routers:1:Name", "internal");
        }
    }
}
