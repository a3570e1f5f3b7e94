using System.Reactive.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Ledger.Application.Live;

namespace Ledger.Web.Live;

/// <summary>
/// The live journal for open pages and API clients: the <see cref="LiveProjection"/>'s checkpoint, now and each
/// time events land (from this server, the CLI or another node), sampled so that a burst of appends is one
/// message. Bounded: at most <see cref="MaxFollowers"/> followers at once, each with a one-message buffer that
/// keeps only the newest checkpoint. Thread-safe.
/// </summary>
internal sealed class LiveFeed(LiveProjection live, TimeSpan? sampleInterval = null)
{
    public const int MaxFollowers = 100;

    public static readonly TimeSpan DefaultSampleInterval = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _followers = new(MaxFollowers, MaxFollowers);
    private readonly TimeSpan _sample = sampleInterval ?? DefaultSampleInterval;

    public LiveProjection Projection => live;

    /// <summary>Takes a follower's place; false when all are taken.</summary>
    public bool TryJoin() => _followers.Wait(0);

    public void Leave() => _followers.Release();

    /// <summary>The current checkpoint at once, then each newer one, until cancelled.</summary>
    public async IAsyncEnumerable<long> FollowAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = true,
        });
        var first = await live.Checkpoints.FirstAsync();
        yield return first;
        using var subscription = live.Checkpoints
            .Where(checkpoint => checkpoint > first)
            .Sample(_sample)
            .Subscribe(checkpoint => channel.Writer.TryWrite(checkpoint), error => channel.Writer.TryComplete(error), () => channel.Writer.TryComplete());
        await foreach (var checkpoint in channel.Reader.ReadAllAsync(ct))
            yield return checkpoint;
    }
}
