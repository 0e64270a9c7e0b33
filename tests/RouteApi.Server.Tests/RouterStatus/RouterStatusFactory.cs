using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RouteApi.Core.Model;
using RouteApi.Server.Registry;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Tests.RouterStatus;

/// <summary>
/// The server with two routers configured as <c>--router-name</c> would: <c>default</c> (strict
/// namespace ownership, no wildcards, domain apps.example.com, a canonical hostname) and
/// <c>internal</c> (routes labelled shard=internal only, inter-namespace sharing, wildcards
/// allowed, domain apps.internal).
/// </summary>
public sealed class RouterStatusFactory : RouteApiFactory
{
    public const string Default = "default";
    public const string Internal = "internal";
    public const string DefaultCanonicalHostname = "router-default.apps.example.com";

    internal WatchCache<Route> Cache => Services.GetRequiredService<WatchCache<Route>>();

    internal StorageLayout Layout => Services.GetRequiredService<StorageLayout>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RouterStatus:Routers:0:Name", Default);
        builder.UseSetting("RouterStatus:Routers:0:Domain", "apps.example.com");
        builder.UseSetting("RouterStatus:Routers:0:CanonicalHostname", DefaultCanonicalHostname);
        builder.UseSetting("RouterStatus:Routers:1:Name", Internal);
        builder.UseSetting("RouterStatus:Routers:1:Domain", "apps.internal");
        builder.UseSetting("RouterStatus:Routers:1:NamespaceOwnership", "inter-namespace-allowed");
        builder.UseSetting("RouterStatus:Routers:1:AllowWildcardRoutes", "true");
        builder.UseSetting("RouterStatus:Routers:1:RouteLabelSelector", "shard=internal");

        // The retry after a failed status write waits on the fake clock, which most of these tests
        // never move: one write failing under a loaded machine (a 504 while the cache catches up)
        // would otherwise stop the router until the test gives up.
        builder.UseSetting("RouterStatus:WriteRetryDelay", "00:00:00");
    }
}
