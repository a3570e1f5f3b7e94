using System.Globalization;
using FsCheck.Xunit;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Numbers;

namespace Ledger.Sheets.Tests.Checks;

/// <summary>What the ledger itself prints (two decimals, half away from zero) always agrees with the checks.</summary>
public class PercentPropertyTests
{
    [Property(MaxTest = 200)]
    public bool A_serapan_printed_the_way_the_tables_print_it_agrees(uint pagu, uint realisasi)
    {
        var whole = (long)pagu + 1;
        var printed = Indonesian.Percent(realisasi * 100m / whole);
        return RealisasiChecks.Run(
                RealisasiSheets.Realisasi($"kode,realisasi,serapan_pct\n7.01.01,{realisasi},\"{printed}\"\n"),
                RealisasiSheets.Budget($"kode,uraian,pagu\n7.01,P,\n7.01.01,A,{whole}\n"))
            .Count(f => f.What.StartsWith("serapan_pct", StringComparison.Ordinal)) == 0;
    }

    [Property(MaxTest = 200)]
    public bool A_capaian_printed_rounded_agrees_and_one_hundredth_less_never_does(ushort target, uint achieved)
    {
        var t = target + 1;
        var exact = achieved * 100m / t;
        var rounded = Indonesian.Round2(exact);
        string Sheet(decimal printed) =>
            $"kode,realisasi,indikator,realisasi_kinerja,capaian_pct\n7.01.01,,X,{achieved},\"{printed.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')}\"\n";
        var budget = RealisasiSheets.Budget($"kode,uraian,pagu,indikator,target\n7.01,P,,,\n7.01.01,A,1,X,{t}\n");
        var agrees = RealisasiChecks.Run(RealisasiSheets.Realisasi(Sheet(rounded)), budget).Count == 0;
        var below = RealisasiChecks.Run(RealisasiSheets.Realisasi(Sheet(rounded - 0.01m)), budget);
        // One hundredth below the rounded value is the truncation exactly when rounding went up.
        var truncatedExpected = decimal.Truncate(exact * 100) / 100 == rounded - 0.01m;
        return agrees && below.Count == 1 && below[0].What.Contains("truncated", StringComparison.Ordinal) == truncatedExpected;
    }
}
