using System.Text;

namespace Ledger.Cli.Tests.Faults;

/// <summary>
/// Generated budget and realisasi sheets of a dinas with many lines (the shape of KilledImportTests' sheet:
/// 5 programs of 20 kegiatan of N sub kegiatan, each leaf with one indicator), large enough that an import
/// takes seconds. Deterministic: the same arguments give the same bytes, so reruns decide the same events.
/// </summary>
public static class LargeSheets
{
    private const int Programs = 5;
    private const int KegiatanPerProgram = 20;

    /// <summary>The murni budget: 5 + 100 + 100 × <paramref name="subKegiatan"/> lines, 4 events a leaf.</summary>
    public static string Murni(string folder, string name, int subKegiatan) =>
        Write(folder, name, Budget(subKegiatan, perubahan: false));

    /// <summary>
    /// The perubahan of <see cref="Murni"/>: every third leaf gets 2 million more, every seventh is dropped,
    /// and each kegiatan gains a new sub kegiatan.
    /// </summary>
    public static string Perubahan(string folder, string name, int subKegiatan) =>
        Write(folder, name, Budget(subKegiatan, perubahan: true));

    /// <summary>A realisasi of every murni leaf: a quarter of its pagu and of its target.</summary>
    public static string Realisasi(string folder, string name, int subKegiatan)
    {
        var text = new StringBuilder("kode,realisasi,indikator,realisasi_kinerja\n");
        foreach (var (p, k, s) in Leaves(subKegiatan))
            text.Append($"{Kode(p, k, s)},{Pagu(p, k, s) * 250_000},Jumlah dokumen,{Math.Max(1, s / 4)} Dokumen\n");
        return Write(folder, name, text.ToString());
    }

    /// <summary>A small murni sheet (<paramref name="subKegiatan"/> leaves under one kegiatan) for filling a disk in steps.</summary>
    public static string Small(string folder, string name, int subKegiatan)
    {
        var text = new StringBuilder("kode,uraian,pagu,indikator,target\n7.01.01,Program 1,,,\n7.01.01.2.01,Kegiatan 1.1,,,\n");
        for (var s = 1; s <= subKegiatan; s++)
            text.Append($"{Kode(1, 1, s)},Sub kegiatan 1.1.{s},{Pagu(1, 1, s)}.000.000,Jumlah dokumen,{s} Dokumen\n");
        return Write(folder, name, text.ToString());
    }

    private static string Budget(int subKegiatan, bool perubahan)
    {
        var text = new StringBuilder("kode,uraian,pagu,indikator,target\n");
        for (var p = 1; p <= Programs; p++)
        {
            text.Append($"7.01.{p:00},Program {p},,,\n");
            for (var k = 1; k <= KegiatanPerProgram; k++)
            {
                text.Append($"7.01.{p:00}.2.{k:00},Kegiatan {p}.{k},,,\n");
                for (var s = 1; s <= subKegiatan; s++)
                {
                    if (perubahan && s % 7 == 0)
                        continue;
                    var pagu = Pagu(p, k, s) + (perubahan && s % 3 == 0 ? 2 : 0);
                    text.Append($"{Kode(p, k, s)},Sub kegiatan {p}.{k}.{s},{pagu}.000.000,Jumlah dokumen,{s} Dokumen\n");
                }
                if (perubahan)
                    text.Append($"{Kode(p, k, subKegiatan + 1)},Sub kegiatan baru {p}.{k},5.000.000,Jumlah dokumen,3 Dokumen\n");
            }
        }
        return text.ToString();
    }

    private static IEnumerable<(int P, int K, int S)> Leaves(int subKegiatan)
    {
        for (var p = 1; p <= Programs; p++)
        {
            for (var k = 1; k <= KegiatanPerProgram; k++)
            {
                for (var s = 1; s <= subKegiatan; s++)
                    yield return (p, k, s);
            }
        }
    }

    private static string Kode(int p, int k, int s) => $"7.01.{p:00}.2.{k:00}.{s:0000}";

    /// <summary>Millions of Rupiah, 1..97, varied so that totals catch a lost or doubled leaf.</summary>
    private static long Pagu(int p, int k, int s) => ((p * k * s) % 97) + 1;

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
