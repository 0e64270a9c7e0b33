var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>The RouteApi server entry point; public so tests can host it.</summary>
public partial class Program;
