using System.Text.RegularExpressions;
using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.Check;

/// <summary>
/// <c>ledger check</c> on the bundled sample sheets reports exactly the disagreements listed in
/// <c>samples/expected-findings.csv</c>: each of them, and nothing on the consistent rows. It reads sheets only,
/// never a store, so these tests run once, not on each store. Performance sheets (contract §9.3) are checked too: a
/// kinerja sheet against the PK sheet given with it; their findings have kode <c>-</c>.
/// </summary>
public sealed partial class CheckSamplesTests : IDisposable
{
    /// <summary>Every sample, in pairs where a realisasi sheet has its budget: each realisasi sheet follows its budget.</summary>
    private static readonly string[] AllSamples =
    [
        "mangkutana-2020-murni.csv", "mangkutana-2020-perubahan.csv",
        "kalaena-2021-murni.csv", "kalaena-2021-perubahan.csv",
        "towuti-2023-budget.csv", "towuti-2023-realisasi-tw4.csv",
        "malili-2021-budget.csv", "malili-2021-realisasi-tw1.csv",
        "towuti-renstra-2021-2026.csv",
        "towuti-2021-pk.csv", "towuti-2021-kinerja-tw4.csv",
        "towuti-2022-pk.csv", "towuti-2022-kinerja-tw4.csv",
        "towuti-2023-pk.csv", "towuti-2023-kinerja-tw4.csv",
    ];

    private readonly LedgerProcess _ledger = new();

    public void Dispose() => _ledger.Dispose();

    [Fact]
    public void Given_every_sample_then_the_findings_are_exactly_the_expected_list()
    {
        var run = _ledger.Run(["check", .. AllSamples.Select(Repo.Sample)]).ShouldSucceed();

        AssertSame(Expected(AllSamples), Reported(run));
        Assert.Contains($"{Expected(AllSamples).Count} finding(s) in {AllSamples.Length} file(s)", run.Error);
        Assert.Contains($"{Repo.Sample("towuti-2023-realisasi-tw4.csv")}: checked against {Repo.Sample("towuti-2023-budget.csv")}", run.Error);
        Assert.Contains($"{Repo.Sample("malili-2021-realisasi-tw1.csv")}: checked against {Repo.Sample("malili-2021-budget.csv")}", run.Error);
    }

    [Theory]
    [InlineData("towuti-2023-budget.csv", "towuti-2023-realisasi-tw4.csv")]
    [InlineData("malili-2021-budget.csv", "malili-2021-realisasi-tw1.csv")]
    [InlineData("kalaena-2021-murni.csv", "kalaena-2021-perubahan.csv")]
    [InlineData("mangkutana-2020-murni.csv", "mangkutana-2020-perubahan.csv")]
    [InlineData("towuti-2023-pk.csv", "towuti-2023-kinerja-tw4.csv")]
    [InlineData("towuti-2022-pk.csv", "towuti-2022-kinerja-tw4.csv")]
    [InlineData("towuti-2021-pk.csv", "towuti-2021-kinerja-tw4.csv")]
    public void Given_one_sample_pair_then_its_findings_are_exactly_its_part_of_the_list(string first, string second)
    {
        var run = _ledger.Run("check", Repo.Sample(first), Repo.Sample(second)).ShouldSucceed();

        AssertSame(Expected([first, second]), Reported(run));
    }

    [Fact]
    public void Given_the_realisasi_sheet_before_its_budget_then_the_only_budget_given_is_its_pair()
    {
        var run = _ledger.Run("check", Repo.Sample("towuti-2023-realisasi-tw4.csv"), Repo.Sample("towuti-2023-budget.csv")).ShouldSucceed();

        AssertSame(Expected(["towuti-2023-budget.csv", "towuti-2023-realisasi-tw4.csv"]), Reported(run));
    }

    [Fact]
    public void Given_a_realisasi_sheet_alone_then_only_its_totals_are_checked_against_its_own_leaves()
    {
        var run = _ledger.Run("check", Repo.Sample("malili-2021-realisasi-tw1.csv")).ShouldSucceed();

        var parentTotals = Expected(["malili-2021-realisasi-tw1.csv"]).Where(f => f.What == "parent_total").ToHashSet();
        AssertSame(parentTotals, Reported(run));
        Assert.Contains("no budget sheet to check against; serapan_pct and capaian_pct not checked", run.Error);
    }

    [Fact]
    public void Given_the_towuti_2023_pk_and_kinerja_sheets_then_the_printed_107_of_the_ikm_is_said_to_be_truncated_from_107_07()
    {
        var pk = Repo.Sample("towuti-2023-pk.csv");
        var kinerja = Repo.Sample("towuti-2023-kinerja-tw4.csv");

        var run = _ledger.Run("check", kinerja, pk).ShouldSucceed();

        Assert.Equal([$"{kinerja}:2 - capaian_pct of 'Indeks Kepuasan Masyarakat' truncated, not rounded to two decimals: printed 107, computed 107.07"],
            run.OutLines);
        Assert.Contains($"{kinerja}: checked against {pk}", run.Error);
        Assert.Contains("1 finding(s) in 2 file(s)", run.Error);
    }

    [Fact]
    public void Given_a_kinerja_sheet_alone_then_nothing_is_found_and_stderr_says_why()
    {
        var run = _ledger.Run("check", Repo.Sample("towuti-2023-kinerja-tw4.csv")).ShouldSucceed();

        Assert.Empty(run.OutLines);
        Assert.Contains("no PK sheet to check against; capaian_pct not checked", run.Error);
    }

    [Fact]
    public void Given_a_kinerja_sheet_with_another_years_pk_then_an_indicator_missing_from_it_is_named_on_stderr()
    {
        var kinerja = Repo.Sample("towuti-2023-kinerja-tw4.csv");

        var run = _ledger.Run("check", Repo.Sample("towuti-2021-pk.csv"), kinerja).ShouldSucceed();

        Assert.Single(run.OutLines);
        Assert.Contains($"{kinerja}:3: indikator 'Persentase Capaian Kinerja Program Penunjang Urusan Pemerintahan Kabupaten di Kecamatan Towuti' "
            + $"is not in {Repo.Sample("towuti-2021-pk.csv")}; capaian_pct not checked", run.Error);
    }

    [Fact]
    public void Given_a_malformed_pk_sheet_then_check_exits_1_naming_its_row_and_column()
    {
        var pk = Path.Combine(_ledger.Folder, "pk.csv");
        File.WriteAllText(pk, "sasaran,indikator,target\nS,Indeks Kepuasan Masyarakat,tinggi\n");

        var run = _ledger.Run("check", pk, Repo.Sample("towuti-2023-kinerja-tw4.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal($"error: {pk}:2:3 target 'tinggi' is not a number with an optional unit", run.Error.Trim());
    }

    [Fact]
    public void Given_an_unreadable_file_then_check_exits_1_with_one_error_line()
    {
        var run = _ledger.Run("check", Repo.Sample("towuti-2023-budget.csv"), Path.Combine(_ledger.Folder, "missing.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("error: ", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Check_finds_the_disagreements_of_the_malili_budget_and_nothing_on_consistent_sheets()
    {
        var run = _ledger.Run("check", Repo.Sample("malili-2021-budget.csv"), Repo.Sample("kalaena-2021-murni.csv"),
            Repo.Sample("kalaena-2021-perubahan.csv"), Repo.Sample("mangkutana-2020-murni.csv")).ShouldSucceed();

        Assert.Equal(3, run.OutLines.Length);
        Assert.Contains(run.OutLines, l => l.Contains(" 06.05 ") && l.Contains("printed 122380069, computed 122380000"));
        Assert.Contains(run.OutLines, l => l.Contains(" 06.08 ") && l.Contains("printed 437112723, computed 182463723"));
        Assert.Contains(run.OutLines, l => l.Contains(" JUMLAH ") && l.Contains("printed 4419696211, computed 4165047672"));
    }

    /// <summary>One finding, as <c>expected-findings.csv</c> states it: an empty kode is the JUMLAH row.</summary>
    private sealed record Listed(string File, string Kode, string What, string Printed, string Computed);

    private static HashSet<Listed> Expected(IEnumerable<string> files)
    {
        var wanted = files.ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Repo.Sample("expected-findings.csv"));
        Assert.Equal("file,kode,what,printed,computed,check_id", lines[0]);
        var listed = lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(CsvLine.Split)
            .Select(c => new Listed(c[0], c[1], c[2], c[3], c[4]))
            .ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        return listed.Where(f => wanted.Contains(f.File)).ToHashSet();
    }

    /// <summary>The findings on stdout, one a line, mapped to the list's terms.</summary>
    private static HashSet<Listed> Reported(LedgerRun run)
    {
        var reported = new List<Listed>();
        foreach (var line in run.OutLines)
        {
            var match = FindingLine().Match(line);
            Assert.True(match.Success, $"not a finding line: {line}");
            var kode = match.Groups["kode"].Value;
            reported.Add(new Listed(
                Path.GetFileName(match.Groups["file"].Value),
                kode == "JUMLAH" ? "" : kode,
                Tag(kode, match.Groups["what"].Value),
                match.Groups["printed"].Value,
                match.Groups["computed"].Value));
        }
        Assert.Equal(reported.Count, reported.Distinct().Count());
        return reported.ToHashSet();
    }

    /// <summary>The list's <c>what</c> for a finding's words.</summary>
    private static string Tag(string kode, string what)
    {
        var truncated = what.Contains("truncated", StringComparison.Ordinal) ? "_truncated" : "";
        if (what.StartsWith("serapan_pct", StringComparison.Ordinal))
            return "serapan_pct" + truncated;
        if (what.StartsWith("capaian_pct", StringComparison.Ordinal))
            return "capaian_pct" + truncated;
        if (what.StartsWith("realisasi exceeds its pagu", StringComparison.Ordinal))
            return "realisasi_above_pagu";
        if (what.Contains("differs from the sum of", StringComparison.Ordinal))
            return kode == "JUMLAH" ? "grand_total" : "parent_total";
        return "unrecognised: " + what;
    }

    private static void AssertSame(HashSet<Listed> expected, HashSet<Listed> reported)
    {
        var missing = expected.Except(reported).Select(f => "missing:  " + f);
        var extra = reported.Except(expected).Select(f => "reported: " + f);
        Assert.True(expected.SetEquals(reported), string.Join('\n', missing.Concat(extra)));
    }

    [GeneratedRegex(@"^(?<file>.+?):(?<row>\d+) (?<kode>\S+) (?<what>.+): printed (?<printed>\S+), computed (?<computed>\S+)$")]
    private static partial Regex FindingLine();
}
