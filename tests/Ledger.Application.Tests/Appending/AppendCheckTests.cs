using Ledger.Store;

namespace Ledger.Application.Tests.Appending;

/// <summary>
/// Issue 11, finding 1 (contract §11): <c>ledger append</c> checks what it appends as the ledger's own writes are
/// checked: each stream's events in order and without gaps, every event one the decider would accept there, an id
/// held with other content a conflict; all or nothing. Each case was accepted, with wrong tables, before.
/// </summary>
public sealed class AppendCheckTests
{
    private static async Task<InMemoryEventStore> RefusedIntoEmptyAsync(IEnumerable<string> lines, string expected)
    {
        var store = new InMemoryEventStore();
        var (outcome, error) = await AppendJournals.AppendAsync(store, lines);
        Assert.Null(outcome);
        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(0, (await store.HeadAsync(CancellationToken.None)).Value);
        return store;
    }

    [Fact]
    public async Task Given_the_export_of_seed_000_When_appended_to_an_empty_store_Then_every_event_is_taken_and_the_tables_are_the_same()
    {
        var store = new InMemoryEventStore();

        var (outcome, error) = await AppendJournals.AppendAsync(store, AppendJournals.ExportLines);

        Assert.Null(error);
        Assert.Equal(AppendJournals.Events.Count, outcome!.Appended);
        Assert.Equal(await AppendJournals.TablesAsync(await AppendJournals.CopyAsync(AppendJournals.Events)), await AppendJournals.TablesAsync(store));
        Assert.Equal(0, (await AppendJournals.AppendAsync(store, AppendJournals.ExportLines)).Outcome!.Appended);
    }

    [Fact]
    public async Task Given_what_ledger_gen_writes_When_its_export_is_appended_to_an_empty_store_Then_every_event_is_taken_and_the_tables_are_the_same()
    {
        var store = new InMemoryEventStore();
        var generated = AppendJournals.Generated;

        var (outcome, error) = await AppendJournals.AppendAsync(store, generated.ExportLines);

        Assert.Null(error);
        Assert.Equal(generated.Events.Count, outcome!.Appended);
        Assert.Equal(generated.Tables, await AppendJournals.TablesAsync(store));
    }

    [Fact]
    public async Task Given_a_shuffled_export_of_seed_000_When_appended_Then_it_is_refused_at_its_trailer_and_nothing_is_written()
    {
        var lines = AppendJournals.SeedExportLines.Shuffled(seed: 11);

        await RefusedIntoEmptyAsync(lines, $"FILE:{lines.Count}:1 the lines were changed or reordered since export");
    }

    [Fact]
    public async Task Given_a_shuffled_export_of_seed_000_without_its_trailer_When_appended_Then_it_is_refused_and_nothing_is_written()
    {
        await RefusedIntoEmptyAsync(AppendJournals.SeedExportLines.Shuffled(seed: 11).WithoutTrailer(), "FILE:");
    }

    [Fact]
    public async Task Given_an_export_with_one_line_missing_When_appended_Then_its_trailer_says_a_line_was_removed()
    {
        var lines = AppendJournals.SeedExportLines.RemoveAt(100);

        await RefusedIntoEmptyAsync(lines, $"FILE:{lines.Count}:1 the file holds 223 events, its export wrote 224: a line was removed");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(172)]
    [InlineData(200)]
    public async Task Given_an_export_without_its_trailer_and_one_line_missing_inside_a_stream_When_appended_Then_it_is_refused(int missing)
    {
        await RefusedIntoEmptyAsync(AppendJournals.SeedExportLines.WithoutTrailer().RemoveAt(missing), "FILE:");
    }

    [Fact]
    public async Task Given_a_pagu_allocated_of_minus_5_When_appended_Then_it_is_refused_naming_its_line()
    {
        var lines = AppendJournals.SeedExportLines.WithoutTrailer();
        var at = lines.IndexOfFirst("PaguAllocated");
        lines = lines.SetItem(at, EventLines.Edit(lines[at], json => json["data"]!["pagu"] = -5));

        await RefusedIntoEmptyAsync(lines, $"FILE:{at + 1}:1 pagu of ");
        await RefusedIntoEmptyAsync(lines, "is negative (-5)");
    }

    [Fact]
    public async Task Given_a_pagu_allocated_for_a_unit_with_no_budget_When_appended_Then_it_is_refused()
    {
        var lines = AppendJournals.SeedExportLines.WithoutTrailer();
        var line = EventLines.Edit(lines[lines.IndexOfFirst("PaguAllocated")], json => json["unit"] = "Kecamatan Tanpa Anggaran");

        await RefusedIntoEmptyAsync([line], "FILE:1:1 PaguAllocated for ");
        await RefusedIntoEmptyAsync([.. lines, line], $"FILE:{lines.Count + 1}:1 ");
    }

    [Fact]
    public async Task Given_an_event_held_with_other_content_When_its_line_is_appended_Then_it_is_a_conflict_and_the_journal_is_unchanged()
    {
        var store = await AppendJournals.CopyAsync(AppendJournals.Events);
        var lines = AppendJournals.ExportLines.WithoutTrailer();
        var at = lines.IndexOfFirst("LineOpened");
        lines = lines.SetItem(at, EventLines.Edit(lines[at], json => json["data"]!["uraian"] = "Program yang lain"));
        var head = await store.HeadAsync(CancellationToken.None);

        var (outcome, error) = await AppendJournals.AppendAsync(store, lines);

        Assert.Null(outcome);
        Assert.Matches($"^FILE:{at + 1}:1 conflict: event [0-9a-f-]+ is already in the journal with other content$", error);
        Assert.Equal(head, await store.HeadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Given_held_events_in_another_order_When_appended_Then_it_is_a_conflict()
    {
        var store = await AppendJournals.CopyAsync(AppendJournals.Events);
        var lines = AppendJournals.ExportLines.WithoutTrailer();
        lines = lines.SetItem(3, lines[4]).SetItem(4, lines[3]);

        var (_, error) = await AppendJournals.AppendAsync(store, lines);

        Assert.StartsWith("FILE:5:1 conflict: event ", error);
        Assert.Contains("which the file puts elsewhere", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_line_after_the_trailer_When_appended_Then_it_is_refused()
    {
        var lines = AppendJournals.SeedExportLines;

        await RefusedIntoEmptyAsync([.. lines, lines[0]], $"FILE:{lines.Count + 1}:1 a line after the export's last line (line {lines.Count})");
    }

    [Fact]
    public async Task Given_a_pagu_revised_from_another_amount_When_appended_Then_it_is_refused()
    {
        var lines = AppendJournals.SeedExportLines.WithoutTrailer();
        var at = lines.IndexOfFirst("PaguRevised");
        lines = lines.SetItem(at, EventLines.Edit(lines[at], json => json["data"]!["from"] = 1));

        await RefusedIntoEmptyAsync(lines, $"FILE:{at + 1}:1 pagu of ");
    }
}
