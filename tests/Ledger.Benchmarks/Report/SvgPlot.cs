using System.Globalization;
using System.Text;

namespace Ledger.Benchmarks.Report;

/// <summary>A small line plot as SVG: x on a log scale (journal size), y linear from zero. No dependencies.</summary>
public static class SvgPlot
{
    private const int Width = 640;
    private const int Height = 360;
    private const int Left = 70;
    private const int Right = 190;
    private const int Top = 30;
    private const int Bottom = 50;

    private static readonly string[] Colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"];

    public sealed record Series(string Name, IReadOnlyList<(double X, double Y)> Points);

    public static string Draw(string title, string xLabel, string yLabel, IReadOnlyList<Series> series)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n<text x=\"{Left}\" y=\"18\" font-size=\"14\">{Escape(title)}</text>\n"));
        if (points.Count == 0)
            return svg.Append("</svg>\n").ToString();
        var (minX, maxX) = (Math.Log10(points.Min(p => p.X)), Math.Log10(points.Max(p => p.X)));
        if (maxX - minX < 1e-9)
            (minX, maxX) = (minX - 0.5, maxX + 0.5);
        var maxY = NiceCeiling(points.Max(p => p.Y));
        double Px(double x) => Left + (Math.Log10(x) - minX) / (maxX - minX) * (Width - Left - Right);
        double Py(double y) => Height - Bottom - y / maxY * (Height - Top - Bottom);

        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n"));
        for (var i = 0; i <= 4; i++)
        {
            var y = maxY * i / 4;
            svg.Append(Invariant($"<line x1=\"{Left - 4}\" y1=\"{Py(y):F1}\" x2=\"{Width - Right}\" y2=\"{Py(y):F1}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 8}\" y=\"{Py(y) + 4:F1}\" text-anchor=\"end\">{y:0.##}</text>\n"));
        }
        foreach (var x in points.Select(p => p.X).Distinct().Order())
            svg.Append(Invariant($"<text x=\"{Px(x):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Size(x)}</text>\n"));
        svg.Append(Invariant($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">{Escape(xLabel)}</text>\n"));
        svg.Append(Invariant($"<text transform=\"translate(16 {(Top + Height - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(yLabel)}</text>\n"));
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            var line = string.Join(' ', series[s].Points.OrderBy(p => p.X).Select(p => Invariant($"{Px(p.X):F1},{Py(p.Y):F1}")));
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{line}\"/>\n"));
            foreach (var (x, y) in series[s].Points)
                svg.Append(Invariant($"<circle cx=\"{Px(x):F1}\" cy=\"{Py(y):F1}\" r=\"3\" fill=\"{colour}\"/>"));
            var legendY = Top + 10 + s * 18;
            svg.Append(Invariant($"\n<rect x=\"{Width - Right + 12}\" y=\"{legendY - 9}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>"));
            svg.Append(Invariant($"<text x=\"{Width - Right + 28}\" y=\"{legendY}\">{Escape(series[s].Name)}</text>\n"));
        }
        return svg.Append("</svg>\n").ToString();
    }

    private static double NiceCeiling(double value)
    {
        if (value <= 0)
            return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(m => m >= value);
    }

    private static string Size(double events) => events switch
    {
        >= 1e6 => Invariant($"{events / 1e6:0.#}M"),
        >= 1e3 => Invariant($"{events / 1e3:0.#}k"),
        _ => Invariant($"{events:0}"),
    };

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
