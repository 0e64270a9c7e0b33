using System.Text.Json;
using System.Xml.Linq;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Tests;

/// <summary>Smoke test of the load harness: a tiny run of every scenario writes well-formed results. No timings are asserted.</summary>
public sealed class QuickRunTests(QuickRunFixture run) : IClassFixture<QuickRunFixture>
{
    private static readonly string[] Compared = ["a", "b", "c", "d"];

    [Fact]
    public void QuickRun_AllScenarios_ExitsZero()
    {
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}; console:\n{run.Console}");
    }

    [Fact]
    public void ResultsJson_EveryScenario_WasMeasuredWithoutError()
    {
        using var results = ReadJson();

        var scenarios = results.RootElement.GetProperty("scenarios").EnumerateArray().ToList();

        Assert.Equal(BenchOptions.AllScenarios, scenarios.Select(s => s.GetProperty("scenario").GetString()));
        Assert.All(scenarios, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("error").ValueKind));
    }

    [Fact]
    public void ResultsJson_ComparedScenarios_HavePositiveMediansAndRatios()
    {
        using var results = ReadJson();

        var figures = Figures(results).Where(f => Compared.Contains(f.GetProperty("scenario").GetString())).ToList();

        Assert.Equal(Compared, figures.Select(f => f.GetProperty("scenario").GetString()));
        Assert.All(figures, f =>
        {
            Assert.True(f.GetProperty("apiMedian").GetDouble() > 0);
            Assert.True(f.GetProperty("baselineMedian").GetDouble() > 0);
            Assert.True(f.GetProperty("ratio").GetDouble() > 0);
            Assert.Equal(2, f.GetProperty("rounds").GetProperty("api").GetArrayLength());
            Assert.Equal(2, f.GetProperty("rounds").GetProperty("baseline").GetArrayLength());
        });
    }

    [Fact]
    public void ResultsJson_WatchAndScale_HaveNumericFiguresWithTargets()
    {
        using var results = ReadJson();

        var figures = Figures(results).Where(f => f.GetProperty("scenario").GetString() is "e" or "f").ToList();

        Assert.Equal(["e", "e", "f", "f", "f"], figures.Select(f => f.GetProperty("scenario").GetString()));
        Assert.All(figures, f =>
        {
            Assert.True(f.GetProperty("apiMedian").GetDouble() > 0);
            Assert.Equal(JsonValueKind.Null, f.GetProperty("ratio").ValueKind);
            Assert.True(f.GetProperty("target").GetProperty("value").GetDouble() > 0);
            Assert.Contains(f.GetProperty("met").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        });
    }

    [Fact]
    public void ResultsMarkdown_HasTheTableWithOneRowPerFigure()
    {
        using var results = ReadJson();
        var figureCount = Figures(results).Count;

        var lines = File.ReadAllLines(Path.Combine(run.OutDirectory, ResultFiles.Markdown));

        Assert.Contains(MarkdownTable.Header, lines);
        Assert.Equal(figureCount, lines.Count(l => l.Length > 4 && l.StartsWith("| ", StringComparison.Ordinal) && BenchOptions.AllScenarios.Contains(l[2..3])));
    }

    [Fact]
    public void Chart_IsWellFormedSvgWithOneBarPerFigure()
    {
        using var results = ReadJson();
        var figureCount = Figures(results).Count;

        var chart = XDocument.Load(Path.Combine(run.OutDirectory, ResultFiles.Chart));

        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(svg + "svg", chart.Root!.Name);
        Assert.Equal(figureCount, chart.Descendants(svg + "rect").Count(r => (string?)r.Attribute("class") == "bar"));
        Assert.Equal(figureCount, chart.Descendants(svg + "line").Count(l => (string?)l.Attribute("class") == "target"));
    }

    private JsonDocument ReadJson() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.OutDirectory, ResultFiles.Json)));

    private static List<JsonElement> Figures(JsonDocument results) => [.. results.RootElement.GetProperty("figures").EnumerateArray()];
}
