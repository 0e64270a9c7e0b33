using System.Text.Encodings.Web;
using System.Text.Json;

namespace RouteApi.Bench.Results;

/// <summary>
/// Writes results.json: machine, settings, one entry per figure, and each scenario's details. The
/// relaxed encoder keeps "&lt;=" and "≥" readable; the file is data, never embedded in HTML.
/// </summary>
internal static class JsonResults
{
    public static void Write(RunReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        WriteMachine(json, report);
        json.WriteStartArray("figures");
        foreach (var figure in report.Figures)
        {
            WriteFigure(json, figure);
        }

        json.WriteEndArray();
        json.WriteStartArray("scenarios");
        foreach (var scenario in report.Scenarios)
        {
            WriteScenario(json, scenario);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMachine(Utf8JsonWriter json, RunReport report)
    {
        var machine = report.Machine;
        json.WriteStartObject("machine");
        json.WriteNumber("cores", machine.Cores);
        json.WriteString("cpuModel", machine.CpuModel);
        json.WriteNumber("memoryBytes", machine.MemoryBytes);
        json.WriteString("runtime", machine.Runtime);
        json.WriteString("os", machine.Os);
        json.WriteString("date", machine.Date);
        json.WriteEndObject();
        var options = report.Options;
        json.WriteStartObject("settings");
        json.WriteBoolean("quick", options.Quick);
        json.WriteNumber("rounds", options.Rounds);
        json.WriteNumber("roundSeconds", options.RoundDuration.TotalSeconds);
        json.WriteNumber("warmUpSeconds", options.WarmUp.TotalSeconds);
        json.WriteNumber("readConcurrency", options.ReadConcurrency);
        json.WriteNumber("writeConcurrency", options.WriteConcurrency);
        json.WriteNumber("listSize", options.ListSize);
        json.WriteNumber("watchers", options.Watchers);
        json.WriteNumber("watchersPerUser", options.WatchersPerUser);
        json.WriteNumber("updatesPerSecond", options.UpdatesPerSecond);
        json.WriteNumber("watchRoutes", options.WatchRoutes);
        json.WriteNumber("watchSeconds", options.WatchDuration.TotalSeconds);
        json.WriteNumber("scaleRoutes", options.ScaleRoutes);
        json.WriteNumber("scaleNamespaces", options.ScaleNamespaces);
        json.WriteStartArray("serverFlags");
        report.ServerFlags.ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, Figure figure)
    {
        json.WriteStartObject();
        json.WriteString("scenario", figure.Scenario);
        json.WriteString("metric", figure.Metric);
        json.WriteString("unit", figure.Unit);
        json.WriteNumber("apiMedian", figure.ApiMedian);
        WriteNullable(json, "baselineMedian", figure.BaselineMedian);
        WriteNullable(json, "ratio", figure.Ratio);
        json.WriteStartObject("target");
        json.WriteString("appliesTo", figure.Ratio is null ? "apiMedian" : "ratio");
        json.WriteString("op", figure.Target.Operator);
        json.WriteNumber("value", figure.Target.Value);
        json.WriteEndObject();
        json.WriteBoolean("met", figure.Met);
        json.WriteStartObject("rounds");
        WriteNumbers(json, "api", figure.ApiRounds);
        WriteNumbers(json, "baseline", figure.BaselineRounds);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteScenario(Utf8JsonWriter json, ScenarioReport scenario)
    {
        json.WriteStartObject();
        json.WriteString("scenario", scenario.Id);
        json.WriteString("title", scenario.Title);
        if (scenario.Error is null)
        {
            json.WriteNull("error");
        }
        else
        {
            json.WriteString("error", scenario.Error);
        }

        json.WriteStartObject("details");
        foreach (var (name, value) in scenario.Details)
        {
            json.WriteNumber(name, value);
        }

        json.WriteEndObject();
        json.WriteStartArray("notes");
        scenario.Notes.ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
