using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace RouteApi.Storage.Etcd;

internal sealed partial class EtcdStore
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2000, EventName = nameof(Created), Level = LogLevel.Information,
            Message = "etcd store for {Endpoints} with key namespace '{Prefix}'")]
        public static partial void Created(ILogger logger, string endpoints, string prefix);

        [LoggerMessage(EventId = 2001, EventName = nameof(Closed), Level = LogLevel.Information,
            Message = "Closed the etcd store for {Endpoints} at revision {Revision}")]
        public static partial void Closed(ILogger logger, string endpoints, long revision);

        [LoggerMessage(EventId = 2002, EventName = nameof(HealthCheckFailed), Level = LogLevel.Debug,
            Message = "etcd health check on {Endpoints} failed: {Reason}")]
        public static partial void HealthCheckFailed(ILogger logger, string endpoints, string reason);

        [LoggerMessage(EventId = 2003, EventName = nameof(RequestFailed), Level = LogLevel.Debug,
            Message = "etcd request on {Key} failed with {StatusCode}: {Detail}")]
        public static partial void RequestFailed(ILogger logger, string key, StatusCode statusCode, string detail);

        [LoggerMessage(EventId = 2004, EventName = nameof(Compacted), Level = LogLevel.Information,
            Message = "Compacted etcd history up to revision {Revision} (current revision {Current})")]
        public static partial void Compacted(ILogger logger, long revision, long current);

        [LoggerMessage(EventId = 2010, EventName = nameof(WatchOpened), Level = LogLevel.Debug,
            Message = "etcd watch on {Prefix} opened after revision {Revision}")]
        public static partial void WatchOpened(ILogger logger, string prefix, long revision);

        [LoggerMessage(EventId = 2011, EventName = nameof(WatchClosed), Level = LogLevel.Debug,
            Message = "etcd watch on {Prefix} closed after revision {Revision}")]
        public static partial void WatchClosed(ILogger logger, string prefix, long revision);

        [LoggerMessage(EventId = 2012, EventName = nameof(WatchInterrupted), Level = LogLevel.Warning,
            Message = "etcd watch on {Prefix} interrupted after revision {Revision}; reopening it from there: {Reason}")]
        public static partial void WatchInterrupted(ILogger logger, string prefix, long revision, string reason);

        [LoggerMessage(EventId = 2013, EventName = nameof(WatchRetrying), Level = LogLevel.Debug,
            Message = "etcd watch on {Prefix} after revision {Revision}: attempt {Attempt} failed: {Reason}")]
        public static partial void WatchRetrying(ILogger logger, string prefix, long revision, int attempt, string reason);

        [LoggerMessage(EventId = 2014, EventName = nameof(WatchResumed), Level = LogLevel.Information,
            Message = "etcd watch on {Prefix} resumed after revision {Revision} ({Attempts} failed attempts)")]
        public static partial void WatchResumed(ILogger logger, string prefix, long revision, int attempts);

        [LoggerMessage(EventId = 2015, EventName = nameof(WatchCompacted), Level = LogLevel.Information,
            Message = "etcd watch on {Prefix} after revision {Revision} ended: history compacted up to {CompactedRevision}")]
        public static partial void WatchCompacted(ILogger logger, string prefix, long revision, long compactedRevision);

        [LoggerMessage(EventId = 2020, EventName = nameof(WaitingForEtcd), Level = LogLevel.Information,
            Message = "Waiting for etcd at {Endpoints} to answer with quorum (attempt {Attempt}, {Elapsed:0.#} s of {Timeout:0.#} s)")]
        public static partial void WaitingForEtcd(ILogger logger, string endpoints, int attempt, double elapsed, double timeout);

        [LoggerMessage(EventId = 2021, EventName = nameof(EtcdReady), Level = LogLevel.Information,
            Message = "etcd at {Endpoints} is ready at revision {Revision}")]
        public static partial void EtcdReady(ILogger logger, string endpoints, long revision);

        [LoggerMessage(EventId = 2022, EventName = nameof(EtcdNotReady), Level = LogLevel.Error,
            Message = "etcd at {Endpoints} did not answer with quorum within {Timeout:0.#} s; requests answer 503 until it does")]
        public static partial void EtcdNotReady(ILogger logger, string endpoints, double timeout);
    }
}
