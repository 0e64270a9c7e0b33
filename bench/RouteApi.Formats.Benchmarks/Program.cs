using BenchmarkDotNet.Running;
using RouteApi.Formats.Benchmarks;

// dotnet run -c Release --project bench/RouteApi.Formats.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(RouteBenchmarks).Assembly).Run(args);
