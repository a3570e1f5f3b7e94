using FsCheck.Xunit;
using Ledger.Domain.Values;
using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;

namespace Ledger.Sheets.Tests.Performance;

/// <summary>
/// A Renstra, PK or kinerja sheet written from random rows (as CSV, and now and then as XLSX) parses back to the same
/// rows: tujuan and sasaran left empty where they repeat the row above, header names in any case, numbers the
/// Indonesian way.
/// </summary>
public class PerformanceSheetPropertyTests
{
    private static readonly string[] Words = ["Meningkatnya", "kualitas", "pelayanan", "publik", "Persentase", "Indeks", "Nilai", "kecamatan"];
    private static readonly string[] Units = ["", "%", "Nilai", "Dokumen", "Orang"];

    [Property(MaxTest = 150)]
    public bool A_renstra_written_from_random_rows_parses_back_to_the_same_rows(int seed)
    {
        var random = new Random(seed);
        var years = Enumerable.Range(2021 + random.Next(3), 1 + random.Next(5)).ToList();
        var header = new List<string> { "Tujuan", "SASARAN", "tingkat", "Indikator", "satuan", "Arah", "iku", "Kondisi Awal" };
        header.AddRange(years.Select(y => "target_" + y));
        header.Add("target_akhir");
        var rows = new List<RenstraRow>();
        var cells = new List<IReadOnlyList<string>> { header };
        var tujuanCount = 1 + random.Next(3);
        for (var t = 0; t < tujuanCount; t++)
        {
            var tujuan = Name(random, "Tujuan " + t);
            string? lastSasaran = null;
            var first = true;
            for (var i = 0; i < 1 + random.Next(4); i++)
            {
                var tingkat = random.Next(4) == 0 ? RenstraTingkat.Tujuan : RenstraTingkat.Sasaran;
                string? sasaran = null;
                var sasaranCell = "";
                if (tingkat == RenstraTingkat.Sasaran)
                {
                    sasaran = lastSasaran is not null && random.Next(2) == 0 ? lastSasaran : Name(random, $"Sasaran {t}.{i}");
                    sasaranCell = sasaran == lastSasaran && random.Next(3) > 0 ? "" : sasaran;
                    lastSasaran = sasaran;
                }
                var row = new RenstraRow(cells.Count + 1, tujuan, sasaran, tingkat, Name(random, $"Indikator {t}.{i}"),
                    random.Next(3) == 0 ? null : Units[1 + random.Next(Units.Length - 1)],
                    random.Next(3) == 0 ? Arah.Turun : Arah.Naik, random.Next(2) == 0, Number(random),
                    years.Select(y => new YearTarget(y, Number(random))).ToList(), Number(random));
                rows.Add(row);
                cells.Add([
                    first || random.Next(4) == 0 ? tujuan : "", sasaranCell,
                    tingkat == RenstraTingkat.Tujuan ? "tujuan" : random.Next(2) == 0 ? "" : "Sasaran",
                    row.Indikator, row.Satuan ?? "", row.Arah == Arah.Turun ? "turun" : random.Next(2) == 0 ? "" : "NAIK",
                    row.Iku ? "ya" : random.Next(2) == 0 ? "" : "tidak", Text(row.KondisiAwal),
                    .. row.Targets.Select(y => Text(y.Target)), Text(row.TargetAkhir)]);
                first = false;
            }
        }
        var parsed = RenstraSheetParser.Parse(Read(cells, random), years[0], years[^1]).ValueOrThrow();
        Assert.Equal(years, parsed.Years);
        Assert.Equal(rows.Select(Describe), parsed.Rows.Select(Describe));
        return true;
    }

    [Property(MaxTest = 150)]
    public bool A_pk_written_from_random_rows_parses_back_to_the_same_rows(int seed)
    {
        var random = new Random(seed);
        var cells = new List<IReadOnlyList<string>> { new[] { "sasaran", "INDIKATOR", "Satuan", "arah", "Target", "program" } };
        var rows = new List<PkRow>();
        string? sasaran = null;
        for (var i = 0; i < 1 + random.Next(8); i++)
        {
            var repeat = sasaran is not null && random.Next(2) == 0;
            sasaran = repeat ? sasaran! : Name(random, "Sasaran " + i);
            var programs = Enumerable.Range(1, 9).OrderBy(_ => random.Next()).Take(random.Next(4))
                .Select(p => Kode.Parse(random.Next(2) == 0 ? $"0{p}" : $"0{p}.0{random.Next(1, 9)}")).Distinct().ToList();
            var row = new PkRow(cells.Count + 1, sasaran, Name(random, "Indikator " + i),
                random.Next(3) == 0 ? null : Units[1 + random.Next(Units.Length - 1)],
                random.Next(3) switch { 0 => null, 1 => Arah.Naik, _ => Arah.Turun }, Number(random) ?? new Quantity(1, ""), programs);
            rows.Add(row);
            cells.Add([repeat ? "" : sasaran, row.Indikator, row.Satuan ?? "", row.Arah switch { null => "", Arah.Naik => "naik", _ => "Turun" },
                row.Target.ToIndonesian(), string.Join(random.Next(2) == 0 ? ";" : " ; ", programs.Select(p => p.Value))]);
        }
        var parsed = PkSheetParser.Parse(Read(cells, random)).ValueOrThrow();
        Assert.Equal(rows.Select(Describe), parsed.Rows.Select(Describe));
        return true;
    }

    [Property(MaxTest = 150)]
    public bool A_kinerja_sheet_written_from_random_rows_parses_back_to_the_same_rows(int seed)
    {
        var random = new Random(seed);
        var cells = new List<IReadOnlyList<string>> { new[] { "Indikator", "Realisasi", "Capaian_Pct" } };
        var rows = new List<KinerjaRow>();
        for (var i = 0; i < 1 + random.Next(8); i++)
        {
            decimal? capaian = random.Next(3) == 0 ? null : random.Next(0, 200_00) / 100m;
            var row = new KinerjaRow(cells.Count + 1, Name(random, "Indikator " + i), Number(random) ?? new Quantity(0, ""), capaian);
            rows.Add(row);
            cells.Add([row.Indikator, row.Realisasi.ToIndonesian(), capaian is { } c ? Quantity.FormatNumber(c) : ""]);
        }
        var parsed = KinerjaSheetParser.Parse(Read(cells, random)).ValueOrThrow();
        Assert.Equal(rows, parsed.Rows);
        return true;
    }

    /// <summary>One sheet in twenty goes through XLSX, the rest through CSV: both readers feed the same parser.</summary>
    private static Sheet Read(List<IReadOnlyList<string>> cells, Random random) =>
        random.Next(20) == 0
            ? PerformanceSheets.ReadXlsx(PerformanceSheets.Xlsx(cells), "random.xlsx")
            : SheetReader.ReadCsvText(PerformanceSheets.Csv(cells), "random.csv").ValueOrThrow();

    private static string Name(Random random, string stem) =>
        string.Join(' ', [stem, .. Enumerable.Range(0, random.Next(4)).Select(_ => Words[random.Next(Words.Length)])]);

    private static Quantity? Number(Random random) =>
        random.Next(5) == 0 ? null : new Quantity(random.Next(0, 1_000_000) / (decimal)Math.Pow(10, random.Next(4)), Units[random.Next(Units.Length)]);

    private static string Text(Quantity? quantity) => quantity?.ToIndonesian() ?? "";

    private static string Describe(RenstraRow r) =>
        string.Join('|', r.Row, r.Tujuan, r.Sasaran, r.Tingkat, r.Indikator, r.Satuan, r.Arah, r.Iku, r.KondisiAwal, r.TargetAkhir,
            string.Join(';', r.Targets.Select(t => $"{t.Year}={t.Target}")));

    private static string Describe(PkRow r) =>
        string.Join('|', r.Row, r.Sasaran, r.Indikator, r.Satuan, r.Arah, r.Target, string.Join(';', r.Programs));
}
