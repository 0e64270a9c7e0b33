namespace RouteApi.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Parse_QuickWithScenarios_KeepsQuickSizesAndCatalogOrder()
    {
        var options = BenchOptions.Parse(["--scenario", "c,a", "--quick", "--out", "x"]);

        Assert.True(options.Quick);
        Assert.Equal(["a", "c"], options.Scenarios);
        Assert.Equal("x", options.OutDirectory);
        Assert.Equal(2, options.Rounds);
    }

    [Fact]
    public void Parse_UnknownScenario_Throws()
    {
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--scenario", "z"]));
    }

    [Fact]
    public void Parse_Defaults_AreTheIssueSizes()
    {
        var options = BenchOptions.Parse([]);

        Assert.Equal((1000, 100_000, 500, 5), (options.Watchers, options.ScaleRoutes, options.ListSize, options.Rounds));
    }
}
