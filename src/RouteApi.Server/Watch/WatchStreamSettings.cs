namespace RouteApi.Server.Watch;

/// <summary>How one watch stream is framed and bounded.</summary>
/// <param name="ContentType">The response Content-Type.</param>
/// <param name="Timeout">When the stream ends (<c>timeoutSeconds</c>, or kube's random 30–60 minutes).</param>
/// <param name="TimeProvider">The clock for the deadline and the last bookmark.</param>
/// <param name="ServerStopping">Fires when the server, shutting down, closes its open watches (after the shutdown delay).</param>
internal sealed record WatchStreamSettings(string ContentType, TimeSpan Timeout, TimeProvider TimeProvider, CancellationToken ServerStopping);
