using System.Globalization;

namespace RouteApi.Bench.Results;

/// <summary>A target from issue 9: the compared value must be at least (or at most) <see cref="Value"/>.</summary>
/// <param name="AtLeast">True for "≥" (throughput ratios, delivery), false for "≤" (latency, memory, time).</param>
/// <param name="Value">The threshold, in the figure's unit.</param>
internal sealed record Target(bool AtLeast, double Value)
{
    public static Target Min(double value) => new(true, value);

    public static Target Max(double value) => new(false, value);

    public string Operator => AtLeast ? ">=" : "<=";

    public bool IsMet(double compared) => AtLeast ? compared >= Value : compared <= Value;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(AtLeast ? "≥" : "≤")} {Value:0.##}");
}
