using System.Text.RegularExpressions;

namespace Ledger.Architecture.Tests.Formatting;

/// <summary>
/// Projections and the application hand typed values (Money, Quantity, percentages) to the writers; only the
/// md/html/xlsx writers (Ledger.Sheets.Writing) and the web views word them the Indonesian way (issue 12).
/// </summary>
public sealed partial class FormattingAtTheEdgesTests
{
    private static readonly string[] TypedLayers = ["projections", Path.Combine("src", "Ledger.Application")];

    [GeneratedRegex(@"\bIndonesian(Phrase)?\.|\.ToIndonesian\(")]
    private static partial Regex Wording();

    /// <summary>The lines of <paramref name="source"/> that word a value the Indonesian way, as <c>FILE:LINE text</c>.</summary>
    public static IEnumerable<string> Wordings(string file, string source) =>
        source.Split('\n')
            .Select((text, i) => (Text: text.Trim(), Line: i + 1))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && Wording().IsMatch(l.Text))
            .Select(l => $"{file}:{l.Line} {l.Text}");

    [Fact]
    public void Projections_and_the_application_word_no_number_themselves()
    {
        var found = TypedLayers
            .SelectMany(layer => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, layer), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Wordings(Path.GetRelativePath(RepoPaths.Root, path), File.ReadAllText(path)))
            .ToList();
        Assert.True(found.Count == 0, "formatting outside the writers and views:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Given_a_projection_that_words_a_target_when_checked_then_the_line_is_named()
    {
        const string source = """
            // Targets: formerly .ToIndonesian() here
            var text = target?.ToIndonesian() ?? "-";
            var rupiah = Indonesian.Rupiah(pagu);
            """;
        Assert.Equal(["P.cs:2 var text = target?.ToIndonesian() ?? \"-\";", "P.cs:3 var rupiah = Indonesian.Rupiah(pagu);"], Wordings("P.cs", source));
    }
}
