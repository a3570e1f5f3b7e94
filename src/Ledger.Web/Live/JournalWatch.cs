using Ledger.Application.Live;
using Ledger.Store;

namespace Ledger.Web.Live;

/// <summary>
/// Lets a write's response wait until the live projection has folded the journal's head, so that the unit list a
/// client reads next already shows what it wrote. Bounded by <see cref="MaxWait"/>; a slow projection only delays.
/// </summary>
internal sealed class JournalWatch(IEventReader reader, LiveProjection live)
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    public async Task CaughtUpAsync(CancellationToken ct)
    {
        var head = await reader.HeadAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(MaxWait);
        try
        {
            await live.WaitForAsync(head.Value, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The projection is behind; it catches up on its own and the pages follow via /live.
        }
    }
}
