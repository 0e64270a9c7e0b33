using System.Security.Cryptography;
using RouteApi.Core.Model;
using RouteApi.Core.Selectors;
using RouteApi.Server.Hosting;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;
using RouteApi.Server.Security;
using RouteApi.Server.Watch;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Endpoints;

internal static partial class RouteEndpoints
{
    private static Task<IResult> WatchAllAsync(HttpContext context, RouteRegistry registry, CancellationToken cancellationToken) =>
        WatchPathAsync(context, registry, null, null, cancellationToken);

    private static Task<IResult> WatchNamespaceAsync(HttpContext context, RouteRegistry registry, string @namespace, CancellationToken cancellationToken) =>
        WatchPathAsync(context, registry, @namespace, null, cancellationToken);

    private static Task<IResult> WatchOneAsync(HttpContext context, RouteRegistry registry, string @namespace, string name, CancellationToken cancellationToken) =>
        WatchPathAsync(context, registry, @namespace, KeyOf(@namespace, name).Name, cancellationToken);

    /// <summary>The deprecated <c>/watch/</c> paths: a list-watch, with the name as a <c>metadata.name</c> field selector.</summary>
    private static Task<IResult> WatchPathAsync(HttpContext context, RouteRegistry registry, string? @namespace, string? name, CancellationToken cancellationToken)
    {
        var options = ListOptions.Parse(context.Request.Query, Api(context), forceWatch: true);
        if (name is not null)
        {
            if (options.FieldSelector.TryGetRequiredValue(RouteFields.MetadataName, out var selected) && selected != name)
            {
                throw StatusErrors.BadRequest("fieldSelector metadata.name doesn't match requested name");
            }

            var selector = options.FieldSelector.IsEmpty ? string.Empty : options.FieldSelector + ",";
            options = options with { FieldSelector = FieldSelector.Parse(selector + RouteFields.MetadataName + "=" + name) };
        }

        return WatchCoreAsync(context, registry, @namespace, options, cancellationToken);
    }

    private static async Task<IResult> WatchCoreAsync(HttpContext context, RouteRegistry registry, string? @namespace, ListOptions options, CancellationToken cancellationToken)
    {
        var api = Api(context);
        var output = ContentNegotiation.ForWatch(context);
        var slot = AcquireWatchSlot(context);
        CacheWatcher<Route> watcher;
        try
        {
            watcher = await registry.WatchAsync(@namespace, options, cancellationToken);
        }
        catch
        {
            slot.Dispose();
            throw;
        }

        var services = context.RequestServices;
        var settings = new WatchStreamSettings(
            output.ContentType,
            WatchTimeout(options.TimeoutSeconds),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<GracefulShutdown>().Draining);
        return new WatchStreamResult(watcher, new WatchFilter(options.LabelSelector, options.FieldSelector), new WatchEventEncoder(api, output.Format, output.Table), settings, slot);
    }

    /// <summary>One of the user's open-watch slots; 429 with Retry-After when they are all taken.</summary>
    private static IDisposable AcquireWatchSlot(HttpContext context)
    {
        var limiter = context.RequestServices.GetRequiredService<WatchLimiter>();
        var user = AuthenticationMiddleware.UserOf(context)?.Name ?? string.Empty;
        return limiter.TryAcquire(user)
            ?? throw StatusErrors.TooManyRequests($"Too many requests: user \"{user}\" already has {limiter.Limit} open watches");
    }

    /// <summary><c>timeoutSeconds</c>, or, as kube-apiserver, a random time between 30 and 60 minutes.</summary>
    private static TimeSpan WatchTimeout(long? timeoutSeconds) =>
        timeoutSeconds is > 0 and var seconds
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(1800 + RandomNumberGenerator.GetInt32(1800));
}
