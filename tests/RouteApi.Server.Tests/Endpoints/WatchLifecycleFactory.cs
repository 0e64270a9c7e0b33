using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>
/// The server with periodic bookmarks every 10 minutes of fake time (so the short clock advances of
/// the timeout tests never cross one) and <see cref="RequestEnds"/> to await the end of a request.
/// </summary>
public sealed class WatchLifecycleFactory : RouteApiFactory
{
    public static readonly TimeSpan BookmarkInterval = TimeSpan.FromMinutes(10);

    public RequestEnds RequestEnds { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("WatchCache:BookmarkInterval", "00:10:00");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(RequestEnds));
    }
}
