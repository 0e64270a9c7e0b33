using RouteApi.Bench;

return await BenchProgram.RunAsync(args, Console.Out);
