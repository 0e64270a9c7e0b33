namespace RouteApi.Server.Registry;

/// <summary>Which strategy an update runs: the main resource's or the <c>status</c> subresource's.</summary>
internal enum UpdateKind
{
    Main,
    Status,
}
