using Microsoft.Extensions.Configuration.Memory;

namespace RouteApi.Server.Hosting;

/// <summary>The console log format and the default log levels.</summary>
internal static class LoggingExtensions
{
    /// <summary>The JSON formatter's timestamp: UTC, ISO 8601 with milliseconds.</summary>
    private const string JsonTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>
    /// Sets the lowest-precedence log levels (Information; <c>Microsoft.AspNetCore</c> at Warning,
    /// since its request lines carry the query string and <see cref="Security.AuditMiddleware"/>
    /// writes one without it) and, with <c>--log-format json</c>, the JSON console formatter: one
    /// object per line with timestamp, level, category, message, state and scopes.
    /// </summary>
    public static WebApplicationBuilder AddRouteApiLogging(this WebApplicationBuilder builder)
    {
        // First source, so appsettings, environment and flags (--log-level) all override these.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            },
        });

        var format = builder.Configuration[RouteApiOptions.SectionName + ":" + nameof(RouteApiOptions.LogFormat)];
        if (string.Equals(format, "json", StringComparison.Ordinal))
        {
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = JsonTimestampFormat;
                json.JsonWriterOptions = new() { Indented = false };
            });
        }

        return builder;
    }
}
