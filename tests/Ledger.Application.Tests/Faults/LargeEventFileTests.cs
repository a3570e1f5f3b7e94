using System.Text;
using System.Text.Json.Nodes;
using Ledger.Application.Maintenance;
using Ledger.Application.Transfer;
using Ledger.Store;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// An event file whose events together exceed what a store takes in one append (64 MiB) is still appended
/// whole: the appends are cut to size beforehand, rather than the store refusing one after others were written.
/// </summary>
public sealed class LargeEventFileTests
{
    [Fact]
    public async Task An_event_file_larger_than_one_transaction_is_appended_whole()
    {
        var template = JsonNode.Parse(EventFileFuzz.Export.Lines.First(l => l.Contains("\"LineOpened\"", StringComparison.Ordinal)))!.AsObject();
        template["unit"] = "Kecamatan Besar";
        template["data"]!["uraian"] = new string('x', 1_000_000);
        var count = (int)(StoreLimits.MaxBatchPayloadBytes / 1_000_000) + 2;
        var path = Path.Combine(FaultJournals.ScratchDirectory, $"{Guid.NewGuid():N}.jsonl");
        await using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < count; i++)
            {
                template["id"] = new Guid(i + 1, 0, unchecked((short)0x8000), 0x80, 0, 0, 0, 0, 0, 0, 0).ToString();
                await file.WriteLineAsync(template.ToJsonString());
            }
        }
        try
        {
            await using var store = await FaultJournals.HeldInMemoryAsync();
            var before = await store.HeadAsync(CancellationToken.None);

            var outcome = await JournalAppend.AppendAsync(store, path, CancellationToken.None);

            Assert.Equal(count, outcome.Appended);
            Assert.Equal(before.Value + count, (await store.HeadAsync(CancellationToken.None)).Value);
            Assert.True((await Verify.RunAsync(store, progress: null, CancellationToken.None)).IsIntact);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
