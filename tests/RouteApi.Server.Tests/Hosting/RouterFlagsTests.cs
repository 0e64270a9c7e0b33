using RouteApi.Server.Hosting;

namespace RouteApi.Server.Tests.Hosting;

public sealed class RouterFlagsTests
{
    [Fact]
    public void Rewrite_TwoRoutersWithSharedAndPerRouterValues_PerRouterValueWins()
    {
        var args = RouterFlags.Rewrite([
            "--data-dir", "d",
            "--router-name", "default", "--router-name=internal",
            "--router-domain", "apps.example.com", "--router-domain", "internal=apps.internal",
            "--router-route-label-selector", "internal=shard=internal",
            "--router-allow-wildcard-routes=internal",
        ]);

        Assert.Equal([
            "--data-dir", "d",
            "--RouterStatus:Routers:0:Name=default",
            "--RouterStatus:Routers:0:Domain=apps.example.com",
            "--RouterStatus:Routers:1:Name=internal",
            "--RouterStatus:Routers:1:Domain=apps.internal",
            "--RouterStatus:Routers:1:RouteLabelSelector=shard=internal",
            "--RouterStatus:Routers:1:AllowWildcardRoutes=true",
        ], args);
    }

    [Fact]
    public void Rewrite_SelectorWhoseKeyIsNoRouterName_AppliesToEveryRouter()
    {
        var args = RouterFlags.Rewrite(["--router-name", "a", "--router-route-label-selector", "shard=x", "--router-allow-wildcard-routes"]);

        Assert.Equal(["--RouterStatus:Routers:0:Name=a", "--RouterStatus:Routers:0:RouteLabelSelector=shard=x", "--RouterStatus:Routers:0:AllowWildcardRoutes=true"], args);
    }

    [Fact]
    public void Rewrite_RouterFlagWithoutRouterName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RouterFlags.Rewrite(["--router-domain", "apps.example.com"]));

        Assert.Equal("the --router-* flags need at least one --router-name", error.Message);
    }
}
