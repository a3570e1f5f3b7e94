namespace Ledger.Store.Tests;

/// <summary>Runs the store contract against <see cref="InMemoryEventStore"/>.</summary>
public sealed class InMemoryEventStoreTests : EventStoreContract
{
    protected override Task<IEventStore> CreateStoreAsync(CancellationToken ct) =>
        Task.FromResult<IEventStore>(new InMemoryEventStore());

    [Fact]
    public async Task Changing_the_callers_payload_buffer_after_append_does_not_change_the_stored_event()
    {
        var buffer = "{\"n\":1}"u8.ToArray();
        await Store.AppendAsync(Stream(), ExpectedVersion.NoStream, [new EventData(Guid.NewGuid(), "T", buffer)], Ct);

        buffer[5] = (byte)'9';

        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }
}
