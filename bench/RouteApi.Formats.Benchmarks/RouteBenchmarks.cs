using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Benchmarks;

/// <summary>One route (a GET, or one watch event).</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RouteBenchmarks : FormatBenchmarks<Route>
{
    /// <inheritdoc />
    protected override Route Create() => BenchmarkRoutes.Route();
}
