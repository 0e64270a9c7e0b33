using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>The shared example routes (testdata/examples, from ../shared/examples) as kubectl input.</summary>
public static class KubectlManifests
{
    private const string Examples = "testdata/examples";

    /// <summary>An example route without its namespace, so each test creates it in its own.</summary>
    public static JsonObject Route(string name)
    {
        var route = JsonNode.Parse(File.ReadAllText(Path.Combine(Examples, name + ".json")))!.AsObject();
        route["metadata"]!.AsObject().Remove("namespace");
        return route;
    }

    /// <summary><see cref="Route"/> as JSON text, for <c>-f -</c>.</summary>
    public static string Example(string name) => Route(name).ToJsonString();
}
