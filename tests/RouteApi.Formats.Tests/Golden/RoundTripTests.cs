using System.Text;

namespace RouteApi.Formats.Golden.Tests;

/// <summary>object → bytes → object gives the same JSON, in every format, for every golden case.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Cases => GoldenFileTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_RoundTrip_KeepsTheObject(string name)
    {
        var golden = GoldenCases.Get(name);

        var json = golden.JsonFromJson(golden.ToJson(pretty: false));

        Assert.Equal(Expected(golden), json);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Yaml_RoundTrip_KeepsTheObject(string name)
    {
        var golden = GoldenCases.Get(name);

        var json = golden.JsonFromYaml(golden.ToYaml());

        Assert.Equal(Expected(golden), json);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Protobuf_RoundTrip_KeepsTheObject(string name)
    {
        var golden = GoldenCases.Get(name);

        var json = golden.JsonFromProtobuf(golden.ToProtobuf());

        Assert.Equal(Expected(golden), json);
    }

    private static string Expected(GoldenCase golden) => Encoding.UTF8.GetString(golden.ToJson(pretty: false));
}
