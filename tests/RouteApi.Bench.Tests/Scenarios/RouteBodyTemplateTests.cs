using System.Text.Json;
using RouteApi.Bench.Scenarios;

namespace RouteApi.Bench.Tests.Scenarios;

public sealed class RouteBodyTemplateTests
{
    [Fact]
    public void Write_UniqueName_IsValidJsonWithNameInMetadataAndHost()
    {
        var template = new RouteBodyTemplate("ns-1");
        var names = new UniqueNames("create");
        var name = new byte[names.MaxLength];
        var body = new byte[template.MaxLength(names.MaxLength)];

        var length = template.Write(body, name.AsSpan(0, names.Next(name)));

        using var route = JsonDocument.Parse(body.AsMemory(0, length));
        Assert.Equal("create-1", route.RootElement.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("ns-1", route.RootElement.GetProperty("metadata").GetProperty("namespace").GetString());
        Assert.Equal("create-1.ns-1.apps.example.com", route.RootElement.GetProperty("spec").GetProperty("host").GetString());
        Assert.Equal("edge", route.RootElement.GetProperty("spec").GetProperty("tls").GetProperty("termination").GetString());
        Assert.DoesNotContain((byte)'\n', body.AsSpan(0, length).ToArray());
    }
}
