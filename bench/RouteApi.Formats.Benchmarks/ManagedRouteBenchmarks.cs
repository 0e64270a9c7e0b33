using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Benchmarks;

/// <summary>One route with managedFields, as every stored route has them (a GET, a watch event, a store read).</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ManagedRouteBenchmarks : FormatBenchmarks<Route>
{
    /// <inheritdoc />
    protected override Route Create() => BenchmarkRoutes.ManagedRoute();
}
