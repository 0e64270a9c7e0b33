using System.ComponentModel.DataAnnotations;

namespace RouteApi.Server.Hosting;

/// <summary>Server options, bound from the <c>RouteApi</c> configuration section and the command line.</summary>
internal sealed class RouteApiOptions
{
    public const string SectionName = "RouteApi";

    /// <summary>Directory of the embedded store (<c>--data-dir</c>, default <c>./data</c>).</summary>
    [Required]
    public string DataDir { get; set; } = "./data";

    /// <summary>Suffix of generated hosts (<c>--route-host-suffix</c>, default <c>router.default.svc.cluster.local</c>).</summary>
    [Required]
    [RegularExpression(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
        ErrorMessage = "the route host suffix must be a DNS-1123 subdomain")]
    [MaxLength(253)]
    public string RouteHostSuffix { get; set; } = "router.default.svc.cluster.local";

    /// <summary>The console log format (<c>--log-format</c>): <c>text</c>, readable (default), or <c>json</c>, one object per line.</summary>
    [Required]
    [RegularExpression("^(text|json)$", ErrorMessage = "--log-format must be text or json")]
    public string LogFormat { get; set; } = "text";
}
