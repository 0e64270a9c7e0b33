namespace RouteApi.Bench.Load;

/// <summary>CPU use over an interval, in cores (1.0 = one core busy all the time).</summary>
/// <param name="Served">The processes serving the load (server, baseline).</param>
/// <param name="Harness">This process, the load generator.</param>
/// <param name="Machine">The whole machine, from /proc/stat (everything not idle).</param>
internal sealed record CpuUse(double Served, double Harness, double Machine);
