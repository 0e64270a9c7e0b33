namespace RouteApi.Server.RouterStatus;

/// <summary>
/// The in-process router-status controllers, bound from the <c>RouterStatus</c> section; no router
/// configured means no controller runs and <c>status.ingress</c> is left to external routers.
/// </summary>
internal sealed class RouterStatusOptions
{
    public const string SectionName = "RouterStatus";

    /// <summary>The routers, one controller each.</summary>
    public List<RouterOptions> Routers { get; set; } = [];

    /// <summary>
    /// How long a replica's claim to write one router's status lasts without renewal (default 15 s);
    /// a standby replica takes over when the claim has not changed for this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the holder renews, and a standby looks at, the claim (default 5 s).</summary>
    public TimeSpan LeaseRetryPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a failed status write waits before the router tries again (default 1 s).</summary>
    public TimeSpan WriteRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
