using System.Data.Common;

namespace Ledger.Store.Tests;

/// <summary>
/// What a store that keeps its journal in a database (SQLite file, PostgreSQL schema) does beyond
/// <see cref="EventStoreContract"/>: it keeps every event across a reopen, refuses SQL that changes or deletes events,
/// rolls a batch that fails half-way back whole, lets verify find a byte changed behind its back, and refuses a
/// journal of a newer schema. Each such store's test class derives from this and gives raw SQL access to its journal.
/// </summary>
public abstract class DurableEventStoreContract : EventStoreContract
{
    /// <summary>Another store instance on this test's journal, as a new process would open it.</summary>
    protected abstract Task<IEventStore> ReopenAsync(CancellationToken ct);

    /// <summary>Plain SQL on the journal outside the store, the way another tool (or an attacker) would run it.</summary>
    protected abstract Task ExecuteRawAsync(string sql);

    /// <summary>From now on the insert of an event of stream version <paramref name="version"/> fails with "injected failure".</summary>
    protected abstract Task InjectFailureAtVersionAsync(long version);

    /// <summary>Takes the failure of <see cref="InjectFailureAtVersionAsync"/> away again.</summary>
    protected abstract Task RemoveInjectedFailureAsync();

    /// <summary>Flips the lowest bit of the sixth payload byte of the event at <paramref name="position"/>, past the append-only triggers.</summary>
    protected abstract Task FlipPayloadByteAsync(long position);

    /// <summary>Marks the (closed) journal as written by schema <paramref name="version"/>.</summary>
    protected abstract Task SetSchemaVersionAsync(int version);

    /// <summary>The schema version the journal is marked with, read outside the store.</summary>
    protected abstract Task<long> SchemaVersionAsync();

    /// <summary>How a refusal names this journal: the file's path, the schema's name.</summary>
    protected abstract string JournalName { get; }

    [Fact]
    public async Task Reopening_the_journal_keeps_every_event_and_the_chain_continues()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        var before = await DigestAsync();
        await Store.DisposeAsync();

        await using var reopened = await ReopenAsync(Ct);
        var after = await JournalSnapshot.DigestAsync(reopened, Ct);
        var next = await reopened.AppendAsync(Stream("A"), ExpectedVersion.Exactly(2), TestEvents.Make(1), Ct);

        Assert.Equal(before, after);
        Assert.Equal(new AppendResult(3, new GlobalPosition(6), 1), next);
        Assert.Equal(new VerifyResult(6, null, null), await JournalVerifier.VerifyAsync(reopened, null, Ct) with { Head = null });
    }

    [Theory]
    [InlineData("UPDATE events SET type = 'Palsu' WHERE position = 2;")]
    [InlineData("DELETE FROM events WHERE position = 2;")]
    [InlineData("DELETE FROM events;")]
    public async Task Updating_or_deleting_events_fails_because_of_the_append_only_triggers(string sql)
    {
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        var before = await DigestAsync();

        var ex = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteRawAsync(sql));

        Assert.Contains("events are append-only", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
    }

    [Fact]
    public async Task Changing_one_payload_byte_behind_the_stores_back_is_reported_at_exactly_that_position()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);

        await FlipPayloadByteAsync(4);
        var result = await JournalVerifier.VerifyAsync(Store, null, Ct);

        Assert.False(result.IsIntact);
        Assert.Equal(new GlobalPosition(4), result.FirstBadPosition);
        Assert.Equal(3, result.EventsChecked);
        Assert.Contains("position 4", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_a_batch_rolls_back_the_whole_append_and_the_store_stays_usable()
    {
        await Store.AppendAsync(Stream("A"), ExpectedVersion.NoStream, TestEvents.Make(3), Ct);
        var before = await DigestAsync();
        await InjectFailureAtVersionAsync(1500);

        var ex = await Assert.ThrowsAnyAsync<DbException>(
            () => Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2_000), Ct));

        Assert.Contains("injected failure", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DigestAsync());
        Assert.Equal(-1, await Store.StreamVersionAsync(Stream("B"), Ct));
        await RemoveInjectedFailureAsync();
        var retry = await Store.AppendAsync(Stream("B"), ExpectedVersion.NoStream, TestEvents.Make(2), Ct);
        Assert.Equal(new AppendResult(1, new GlobalPosition(5), 2), retry);
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }

    [Fact]
    public async Task A_journal_with_a_newer_schema_version_is_refused_with_a_clear_error_without_secrets_and_left_as_it_was()
    {
        await Store.DisposeAsync();
        await SetSchemaVersionAsync(2);

        var ex = await Assert.ThrowsAsync<NotSupportedException>(() => ReopenAsync(Ct));

        Assert.Contains("schema version 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains(JournalName, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await SchemaVersionAsync());
    }
}
