using System.Globalization;
using System.Security;
using System.Text;

namespace RouteApi.Bench.Results;

/// <summary>
/// chart.svg: one horizontal bar per figure (the ratio to the baseline, or the figure itself),
/// each row on its own scale with its target drawn as a vertical line; green when met, red when not.
/// </summary>
internal static class SvgChart
{
    private const int Width = 960;
    private const int LabelWidth = 360;
    private const int BarWidth = 420;
    private const int RowHeight = 34;
    private const int Top = 56;

    public static string Render(RunReport report)
    {
        var figures = report.Figures.ToList();
        var height = Top + (figures.Count * RowHeight) + 40;
        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"13\">");
        Append(svg, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        Append(svg, $"<text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"bold\">RouteApi load harness: each figure against its target (line)</text>");
        Append(svg, $"<text x=\"16\" y=\"44\" fill=\"#555555\">{Escape(report.Machine.ToString())}</text>");
        for (var i = 0; i < figures.Count; i++)
        {
            AppendRow(svg, figures[i], Top + (i * RowHeight));
        }

        Append(svg, $"<text x=\"16\" y=\"{height - 14}\" fill=\"#555555\">Ratios are RouteApi ÷ baseline (higher is better); other rows are absolute (see each target's direction).</text>");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void AppendRow(StringBuilder svg, Figure figure, int y)
    {
        var value = figure.Compared;
        var scale = Math.Max(Math.Max(value, figure.Target.Value), 1e-9) * 1.25;
        var barLength = Math.Max(value / scale * BarWidth, 1);
        var targetX = LabelWidth + (figure.Target.Value / scale * BarWidth);
        var label = $"{figure.Scenario}. {figure.Metric}{(figure.Ratio is null ? string.Empty : " (ratio)")}";
        var shown = figure.Ratio is null ? $"{MarkdownTable.Number(value)} {figure.Unit}" : value.ToString("F2", CultureInfo.InvariantCulture);
        var colour = figure.Met ? "#2e7d32" : "#c62828";
        Append(svg, $"<text x=\"16\" y=\"{y + 21}\">{Escape(label)}</text>");
        Append(svg, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 6}\" width=\"{barLength:F1}\" height=\"{RowHeight - 12}\" fill=\"{colour}\"/>");
        Append(svg, $"<line class=\"target\" x1=\"{targetX:F1}\" y1=\"{y + 2}\" x2=\"{targetX:F1}\" y2=\"{y + RowHeight - 2}\" stroke=\"#000000\" stroke-width=\"2\"/>");
        Append(svg, $"<text x=\"{LabelWidth + BarWidth + 12}\" y=\"{y + 21}\">{Escape($"{shown} (target {figure.Target})")}</text>");
    }

    private static void Append(StringBuilder svg, FormattableString line) =>
        svg.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
