using Microsoft.Extensions.Options;
using RouteApi.Core.Model;
using RouteApi.Server.Endpoints;
using RouteApi.Server.Health;
using RouteApi.Server.Http;
using RouteApi.Server.Metrics;
using RouteApi.Server.OpenApi;
using RouteApi.Server.Registry;
using RouteApi.Server.RouterStatus;
using RouteApi.Server.Security;
using RouteApi.Storage;
using RouteApi.Storage.Caching;
using RouteApi.Storage.Compaction;

namespace RouteApi.Server.Hosting;

/// <summary>Composition of the RouteApi server: services, middleware and endpoints.</summary>
internal static class RouteApiServerExtensions
{
    /// <summary>
    /// Adds configuration from <paramref name="args"/> (the flags <see cref="ServerCommandLine"/>
    /// gathered from the command line, the environment and the config file), logging, the options,
    /// the store, the watch cache and the registry.
    /// </summary>
    public static WebApplicationBuilder AddRouteApiServer(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(CommandLineOptions.Normalize(args), CommandLineOptions.SwitchMappings);
        builder.AddRouteApiLogging();
        builder.AddRouteApiSecurity();
        var services = builder.Services;
        services.AddOptions<RouteApiOptions>().BindConfiguration(RouteApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CompactionOptions>().BindConfiguration(CompactionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WatchCacheOptions>().BindConfiguration("WatchCache").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddRouteApiStorage(builder.Configuration);
        services.AddRouteApiMetrics();
        services.AddSingleton(CreateWatchCache);
        services.AddHostedService<WatchCacheHostedService>();
        services.AddHostedService<StoreCompactor>();
        services.AddSingleton<RouteRegistry>();
        services.AddRouterStatus();
        services.AddGracefulShutdown();
        services.AddRouteApiHealth();
        services.AddExceptionHandler<StatusExceptionHandler>();
        services.AddRouteApiOpenApi();
        return builder;
    }

    /// <summary>
    /// The request pipeline: errors as Status, no dot segments, authentication, routing, audit (around
    /// authorization, so denied writes are audited too), authorization, limits, then the endpoints.
    /// </summary>
    public static WebApplication MapRouteApi(this WebApplication app)
    {
        // Read at start so a bad token or policy file stops the server with its reason.
        app.Services.GetRequiredService<SecurityState>();
        var timeout = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequestTimeout;
        // Outermost, so requests are counted with the code the client got, and time spent in every layer.
        app.UseMiddleware<RequestMetricsMiddleware>();

        // Outermost but for metrics, so the audit line carries the final code of errors the handler writes.
        app.UseMiddleware<AuditMiddleware>();
        app.UseExceptionHandler(_ => { });
        app.UseStatusCodePages(StatusCodePages.WriteStatusAsync);
        app.UseMiddleware<DotSegmentMiddleware>();
        app.UseMiddleware<AuthenticationMiddleware>();
        app.UseRouting();
        app.UseMiddleware<AuthorizationMiddleware>();
        app.UseMiddleware<RequestLimitsMiddleware>(timeout);
        app.MapHealthEndpoints();
        app.MapMetricsEndpoints();
        app.MapRouteEndpoints();
        app.MapAccessReviewEndpoints();
        app.UseRouteApiSwaggerUi();
        app.MapDiscoveryEndpoints().MapOpenApiEndpoints();
        return app;
    }

    private static WatchCache<Route> CreateWatchCache(IServiceProvider services) => new(
        services.GetRequiredService<IStore>(),
        new WatchCacheScope(services.GetRequiredService<StorageLayout>().Routes, services.GetRequiredService<StorageLayout>().StoreRoot),
        RouteCodec.Decode,
        services.GetRequiredService<IOptions<WatchCacheOptions>>().Value,
        services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<ILoggerFactory>().CreateLogger("RouteApi.Storage.Caching.WatchCache"));
}
