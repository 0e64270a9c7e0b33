using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// A logger provider that keeps every formatted log line, so tests can read what the server logged
/// (audit lines, warnings) and check what it must never log (bodies, tokens).
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner._entries.Enqueue(new CapturedLog(
                category,
                logLevel,
                eventId,
                formatter(state, exception),
                properties.ToDictionary(p => p.Key.TrimStart('@'), p => p.Value?.ToString(), StringComparer.OrdinalIgnoreCase),
                exception?.ToString()));
        }
    }
}

/// <summary>One captured log line with its structured properties.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, string?> Properties, string? Exception);
