using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RouteApi.Storage;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// The server with small limits: <see cref="MaxWatches"/> open watches per user and a request
/// timeout of <see cref="RequestTimeout"/>, over a <see cref="SlowStore"/> whose <c>slow-*</c>
/// creates hang; <see cref="RequestEnds"/> tells when a request has finished on the server.
/// </summary>
public sealed class LimitsFactory : SecurityFactory
{
    public const int MaxWatches = 2;

    /// <summary>Long enough that ordinary requests on a loaded machine finish well within it.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    public RequestEnds RequestEnds { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:MaxWatchesPerUser", MaxWatches.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:RequestTimeout", RequestTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(RequestEnds);
            var real = services.Last(d => d.ServiceType == typeof(IStore));
            services.Remove(real);
            services.AddSingleton<IStore>(provider => new SlowStore((IStore)real.ImplementationFactory!(provider)));
        });
    }
}
