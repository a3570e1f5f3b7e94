namespace Ledger.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Sixteen_concurrent_writers_on_one_stream_retrying_on_wrong_version_store_every_event_exactly_once()
    {
        const int writers = 16, batchesPerWriter = 4, eventsPerBatch = 3, maxAttempts = 10_000;
        var stream = Stream("Sekretariat Daerah");
        var handles = new IEventStore[writers];
        for (var w = 0; w < writers; w++)
            handles[w] = await OpenWriterAsync(w, Ct);
        var batches = Enumerable.Range(0, writers)
            .Select(_ => Enumerable.Range(0, batchesPerWriter).Select(_ => TestEvents.Make(eventsPerBatch)).ToArray())
            .ToArray();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                foreach (var batch in batches[w])
                    await AppendWithRetryAsync(handles[w], stream, batch, maxAttempts);
            }, Ct)));
        }
        finally
        {
            foreach (var handle in handles.Distinct().Where(h => !ReferenceEquals(h, Store)))
                await handle.DisposeAsync();
        }

        var stored = await ReadStreamAsync(stream);
        const int total = writers * batchesPerWriter * eventsPerBatch;
        Assert.Equal(Enumerable.Range(0, total).Select(v => (long)v), stored.Select(e => e.StreamVersion));
        Assert.Equal(
            batches.SelectMany(b => b).SelectMany(b => b).Select(e => e.EventId).Order(),
            stored.Select(e => e.EventId).Order());
        // Each batch stays contiguous: one append is one transaction.
        foreach (var batch in batches.SelectMany(b => b))
        {
            var versions = stored.Where(e => batch.Any(b => b.EventId == e.EventId)).Select(e => e.StreamVersion).ToList();
            Assert.Equal(Enumerable.Range((int)versions[0], eventsPerBatch).Select(v => (long)v), versions);
        }
        Assert.True((await JournalVerifier.VerifyAsync(Store, null, Ct)).IsIntact);
    }

    private static async Task AppendWithRetryAsync(IEventStore store, StreamName stream, EventData[] batch, int maxAttempts)
    {
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var version = await store.StreamVersionAsync(stream, Ct);
            try
            {
                await store.AppendAsync(stream, ExpectedVersion.At(version), batch, Ct);
                return;
            }
            catch (WrongExpectedVersionException)
            {
                // Another writer got there first: re-read the version and try again.
            }
        }
        Assert.Fail($"Gave up after {maxAttempts} attempts.");
    }
}
