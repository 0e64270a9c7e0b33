using RouteApi.Core.Model;

namespace RouteApi.Server.Http;

/// <summary>An API error that carries the Kubernetes <see cref="Status"/> to answer with.</summary>
internal sealed class StatusException(Status status) : Exception(status.Message)
{
    public Status Status { get; } = status;
}
