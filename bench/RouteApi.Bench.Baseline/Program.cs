using RouteApi.Bench.Baseline;

// The `dotnet new web` template's logging default: request logs off, as any bare Kestrel app ships.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
var app = builder.Build();
app.MapBaselineEndpoints(new StoredBodies());
app.Run();
