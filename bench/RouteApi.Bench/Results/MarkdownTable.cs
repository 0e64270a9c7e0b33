using System.Globalization;
using System.Text;

namespace RouteApi.Bench.Results;

/// <summary>The results as a markdown table (results.md, and the console: it reads fine as text).</summary>
internal static class MarkdownTable
{
    public const string Header = "| Scenario | Metric | RouteApi (median) | Baseline (median) | Ratio | Target | Met |";

    public static string Render(RunReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {report.Machine}");
        var o = report.Options;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Settings: {o.Rounds} rounds of {o.RoundDuration.TotalSeconds:0.#} s per side after {o.WarmUp.TotalSeconds:0.#} s warm-up, alternating; concurrency {o.ReadConcurrency} (GET, LIST), {o.WriteConcurrency} (CREATE); {o.Watchers} watchers, {o.UpdatesPerSecond} updates/s for {o.WatchDuration.TotalSeconds:0} s; {o.ScaleRoutes} routes in {o.ScaleNamespaces} namespaces{(o.Quick ? " (--quick)" : string.Empty)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Server flags beyond the defaults: {(report.ServerFlags.Count == 0 ? "none" : string.Join("; ", report.ServerFlags))}");
        text.AppendLine();
        text.AppendLine(Header);
        text.AppendLine("|---|---|---:|---:|---:|---|---|");
        foreach (var f in report.Figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Scenario} | {f.Metric} | {Number(f.ApiMedian)} {f.Unit} | {(f.BaselineMedian is { } b ? Number(b) + " " + f.Unit : "–")} | {(f.Ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "–")} | {(f.Ratio is null ? f.Target + " " + f.Unit : "ratio " + f.Target)} | {(f.Met ? "yes" : "**no**")} |");
        }

        foreach (var scenario in report.Scenarios)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{scenario.Id}. {scenario.Title}{(scenario.Error is null ? string.Empty : " — FAILED: " + scenario.Error)}");
            foreach (var (name, value) in scenario.Details)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {name}: {Number(value)}");
            }

            scenario.Notes.ForEach(note => text.AppendLine(CultureInfo.InvariantCulture, $"- {note}"));
        }

        return text.ToString();
    }

    public static string Number(double value) => Math.Abs(value) switch
    {
        _ when value == Math.Floor(value) && Math.Abs(value) < 1e15 => value.ToString("F0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
