using RouteApi.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRouteApiServer(args);
var app = builder.Build();
app.MapRouteApi();
app.Run();

/// <summary>The RouteApi server entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
