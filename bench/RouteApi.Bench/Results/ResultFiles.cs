namespace RouteApi.Bench.Results;

/// <summary>Writes results.json, results.md and chart.svg into the output directory.</summary>
internal static class ResultFiles
{
    public const string Json = "results.json";
    public const string Markdown = "results.md";
    public const string Chart = "chart.svg";

    public static void Write(RunReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var json = File.Create(Path.Combine(directory, Json)))
        {
            JsonResults.Write(report, json);
        }

        File.WriteAllText(Path.Combine(directory, Markdown), "# RouteApi load harness results\n\n" + MarkdownTable.Render(report));
        File.WriteAllText(Path.Combine(directory, Chart), SvgChart.Render(report));
    }
}
