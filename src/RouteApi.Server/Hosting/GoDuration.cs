using System.Globalization;
using System.Text.RegularExpressions;

namespace RouteApi.Server.Hosting;

/// <summary>Go's duration syntax (<c>5m</c>, <c>1h30m</c>, <c>90s</c>, <c>250ms</c>), used by kube-style flags.</summary>
internal static partial class GoDuration
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text == "0")
        {
            return true;
        }

        var matches = Part().Matches(text);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != text)
        {
            return false;
        }

        foreach (Match match in matches)
        {
            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            duration += match.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(value),
                "m" => TimeSpan.FromMinutes(value),
                "s" => TimeSpan.FromSeconds(value),
                "ms" => TimeSpan.FromMilliseconds(value),
                "us" or "µs" => TimeSpan.FromMicroseconds(value),
                _ => TimeSpan.FromTicks((long)(value / 100)),
            };
        }

        return true;
    }

    /// <summary>Writes <paramref name="duration"/> as Go does (<c>5m0s</c>, <c>10s</c>, <c>1h0m0s</c>, <c>250ms</c>).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        if (duration < TimeSpan.FromSeconds(1))
        {
            return duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + "ms";
        }

        var seconds = (duration - TimeSpan.FromMinutes(Math.Floor(duration.TotalMinutes))).TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s";
        var hours = (long)duration.TotalHours;
        var minutes = duration.Minutes;
        return hours > 0 ? $"{hours}h{minutes}m{seconds}" : minutes > 0 ? $"{minutes}m{seconds}" : seconds;
    }

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?)(h|ms|m|s|us|µs|ns)")]
    private static partial Regex Part();
}
