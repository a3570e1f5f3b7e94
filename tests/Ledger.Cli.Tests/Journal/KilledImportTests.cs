using System.Diagnostics;
using System.Text;

namespace Ledger.Cli.Tests.Journal;

/// <summary>Killing the CLI (SIGKILL) in the middle of a large import leaves the whole import or none of it.</summary>
public sealed class KilledImportTests : IDisposable
{
    private readonly LedgerProcess _ledger = new();

    public void Dispose() => _ledger.Dispose();

    [Theory]
    [InlineData(900)]
    [InlineData(1600)]
    public void A_killed_import_leaves_no_half_import_and_the_chain_verifies(int killAfterMilliseconds)
    {
        var sheet = LargeSheet(subKegiatanPerKegiatan: 25);
        var start = _ledger.StartInfo(null, ["import", "budget", sheet, "--unit", "Dinas Besar", "--year", "2024", "--stage", "murni", "--effective", "2023-12-31"]);
        using (var import = Process.Start(start)!)
        {
            Thread.Sleep(killAfterMilliseconds);
            import.Kill(entireProcessTree: true);
            import.WaitForExit();
        }

        var events = _ledger.ExportedEvents().Length;
        var whole = 1 + (5 * 21) + (5 * 20 * 25) * 4; // marker, programs and kegiatan opened, each leaf: open, pagu, indicator, target

        Assert.True(events == 0 || events == whole, $"{events} events stored: neither none nor the whole import ({whole})");
        Assert.Contains("hash chain intact", _ledger.Run("verify").ShouldSucceed().Out);
        // The import can then be run to the end, once.
        _ledger.Run("import", "budget", sheet, "--unit", "Dinas Besar", "--year", "2024", "--stage", "murni", "--effective", "2023-12-31").ShouldSucceed();
        Assert.Equal(whole, _ledger.ExportedEvents().Length);
    }

    private string LargeSheet(int subKegiatanPerKegiatan)
    {
        var text = new StringBuilder("kode,uraian,pagu,indikator,target\n");
        for (var p = 1; p <= 5; p++)
        {
            text.Append($"7.01.{p:00},Program {p},,,\n");
            for (var k = 1; k <= 20; k++)
            {
                text.Append($"7.01.{p:00}.2.{k:00},Kegiatan {p}.{k},,,\n");
                for (var s = 1; s <= subKegiatanPerKegiatan; s++)
                    text.Append($"7.01.{p:00}.2.{k:00}.{s:0000},Sub kegiatan {p}.{k}.{s},{(p * k * s) % 97 + 1}.000.000,Jumlah dokumen,{s} Dokumen\n");
            }
        }
        var path = Path.Combine(_ledger.Folder, "besar.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
