using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Benchmarks;

/// <summary>A list of 1,000 routes (a large LIST response).</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RouteListBenchmarks : FormatBenchmarks<RouteList>
{
    /// <summary>How many routes the list holds.</summary>
    public const int Count = 1000;

    /// <inheritdoc />
    protected override RouteList Create() => BenchmarkRoutes.List(Count);
}
