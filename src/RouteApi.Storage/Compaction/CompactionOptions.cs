using System.ComponentModel.DataAnnotations;

namespace RouteApi.Storage.Compaction;

/// <summary>How much history the periodic compactor keeps (<c>--compaction-interval</c>, <c>--compaction-min-retain</c>).</summary>
public sealed class CompactionOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Compaction";

    /// <summary>How often to compact; each run keeps at least one interval of history (default 5 minutes, as kube-apiserver). Zero turns compaction off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The newest revisions that are never compacted, whatever their age (default 1,000, as kine).</summary>
    [Range(0, long.MaxValue)]
    public long MinRetain { get; set; } = 1_000;

    /// <summary>
    /// The key every server sharing the store claims a compaction round with; its value is the
    /// revision the last claimed round recorded (default <c>/registry/compact_rev_key</c>).
    /// </summary>
    [Required]
    public string ClaimKey { get; set; } = "/registry/compact_rev_key";
}
