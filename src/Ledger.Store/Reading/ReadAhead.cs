using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Ledger.Store;

/// <summary>
/// Runs an async sequence on a thread-pool thread up to a few items ahead of its consumer, so the store's
/// reading and the consumer's work (decoding, folding) overlap on two cores. Items read ahead that the
/// consumer never takes are disposed. The producer stops when the consumer stops or fails.
/// </summary>
public static class ReadAhead
{
    /// <summary><paramref name="source"/> read up to <paramref name="depth"/> items ahead of the consumer, in order.</summary>
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, int depth, [EnumeratorCancellation] CancellationToken ct)
        where T : IDisposable
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(depth) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ProduceAsync(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
                yield return item;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            while (channel.Reader.TryRead(out var unread))
                unread.Dispose();
        }
    }

    private static async Task ProduceAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken ct)
        where T : IDisposable
    {
        try
        {
            await foreach (var item in source.WithCancellation(ct).ConfigureAwait(false))
            {
                try
                {
                    await writer.WriteAsync(item, ct).ConfigureAwait(false);
                }
                catch
                {
                    item.Dispose();
                    throw;
                }
            }
            writer.TryComplete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
        }
    }
}
