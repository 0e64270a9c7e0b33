using System.ComponentModel.DataAnnotations;

namespace RouteApi.Server.Hosting;

/// <summary>How the server shuts down on SIGTERM, bound from the <c>Shutdown</c> section and the command line.</summary>
internal sealed class ShutdownOptions : IValidatableObject
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// How long the server keeps serving after SIGTERM with <c>/readyz</c> already failing, so load
    /// balancers and Kubernetes endpoints stop sending it new requests before it stops accepting them
    /// (<c>--shutdown-delay-duration</c>, kube-apiserver's flag; default 5s, kube's is 0s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DelayDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The whole shutdown's budget, the delay included: after it, requests still running (and watches
    /// that have not ended) are cut off (<c>--shutdown-grace-period</c>, default 25s, inside the
    /// 30 s Kubernetes waits before SIGKILL). Sets the host's shutdown timeout.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromSeconds(25);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DelayDuration >= GracePeriod)
        {
            yield return new ValidationResult(
                "the shutdown delay duration must be shorter than the shutdown grace period, or nothing is left to finish requests in",
                [nameof(DelayDuration), nameof(GracePeriod)]);
        }
    }
}
