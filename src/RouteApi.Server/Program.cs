using RouteApi.Server.Hosting;

// Flags, ROUTEAPI_* variables and the --config file are checked before anything starts, so --help
// and a wrong flag end here with exit code 0 or 1.
var (exitCode, arguments) = ServerCommandLine.Parse(args, Environment.GetEnvironmentVariables(), Console.Out, Console.Error);
if (exitCode is { } code)
{
    return code;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddRouteApiServer(arguments);
var app = builder.Build();
app.MapRouteApi();
app.Run();
return 0;

/// <summary>The RouteApi server entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
