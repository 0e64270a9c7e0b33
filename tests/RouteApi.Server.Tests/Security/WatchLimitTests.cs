using System.Net;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

public sealed class WatchLimitTests(LimitsFactory factory) : IClassFixture<LimitsFactory>
{
    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_BeyondTheUsersLimit_Returns429WithRetryAfter(string prefix)
    {
        var viewer = factory.CreateClient(SecurityFactory.TokenOf("view"));
        var path = RoutePaths.Collection(prefix, SecurityFactory.Own) + "?watch=true";
        var open = new List<WatchStream>();
        var ids = new List<string>();
        try
        {
            for (var i = 0; i < LimitsFactory.MaxWatches; i++)
            {
                var id = Guid.NewGuid().ToString("N");
                ids.Add(id);
                open.Add(await WatchStream.OpenAsync(viewer, path, configure: r => r.Headers.Add(RequestEnds.HeaderName, id)));
            }

            var response = await WatchStream.RejectedAsync(viewer, path);

            var status = StatusAssert.Failure(response, HttpStatusCode.TooManyRequests, "TooManyRequests");
            Assert.Equal(1, (int?)status["details"]!["retryAfterSeconds"]);
            Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        }
        finally
        {
            await CloseAsync(open);

            // The same user runs this test for the other prefix: its slots must be free by then,
            // and the server frees them when it sees each stream end, a moment after the client.
            foreach (var id in ids)
            {
                await factory.RequestEnds.WhenEnded(id).WaitAsync(WatchStream.EventTimeout, TestContext.Current.CancellationToken);
            }
        }
    }

    [Fact]
    public async Task Watch_OfAnotherUser_IsNotCountedAgainstTheFirst()
    {
        var viewer = factory.CreateClient(SecurityFactory.TokenOf("cluster-admin"));
        var other = factory.CreateClient(SecurityFactory.TokenOf("admin"));
        var path = RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own) + "?watch=true";
        var open = new List<WatchStream>();
        try
        {
            for (var i = 0; i < LimitsFactory.MaxWatches; i++)
            {
                open.Add(await WatchStream.OpenAsync(viewer, path));
            }

            open.Add(await WatchStream.OpenAsync(other, path));
        }
        finally
        {
            await CloseAsync(open);
        }
    }

    [Fact]
    public async Task Watch_AfterOneIsClosed_IsAllowedAgain()
    {
        var client = factory.CreateClient(SecurityFactory.TokenOf("edit"));
        var path = RoutePaths.WatchCollection(ApiPrefixes.Group, SecurityFactory.Own);
        var id = Guid.NewGuid().ToString("N");
        var open = new List<WatchStream> { await WatchStream.OpenAsync(client, path, configure: r => r.Headers.Add(RequestEnds.HeaderName, id)) };
        try
        {
            open.Add(await WatchStream.OpenAsync(client, path));
            await WatchStream.RejectedAsync(client, path);

            await open[0].DisposeAsync();
            open.RemoveAt(0);
            await factory.RequestEnds.WhenEnded(id).WaitAsync(WatchStream.EventTimeout, TestContext.Current.CancellationToken);

            open.Add(await WatchStream.OpenAsync(client, path));
        }
        finally
        {
            await CloseAsync(open);
        }
    }

    [Fact]
    public async Task Watch_RefusedForTheLimit_DoesNotTakeASlot()
    {
        var client = factory.CreateClient(SecurityFactory.TokenOf("edit via group"));
        var path = RoutePaths.Collection(ApiPrefixes.Legacy, SecurityFactory.Own) + "?watch=1";
        var id = Guid.NewGuid().ToString("N");
        var open = new List<WatchStream> { await WatchStream.OpenAsync(client, path, configure: r => r.Headers.Add(RequestEnds.HeaderName, id)) };
        try
        {
            open.Add(await WatchStream.OpenAsync(client, path));
            for (var i = 0; i < 5; i++)
            {
                await WatchStream.RejectedAsync(client, path);
            }

            await open[0].DisposeAsync();
            open.RemoveAt(0);
            await factory.RequestEnds.WhenEnded(id).WaitAsync(WatchStream.EventTimeout, TestContext.Current.CancellationToken);

            open.Add(await WatchStream.OpenAsync(client, path));
        }
        finally
        {
            await CloseAsync(open);
        }
    }

    private static async Task CloseAsync(List<WatchStream> watches)
    {
        foreach (var watch in watches)
        {
            await watch.DisposeAsync();
        }
    }
}
