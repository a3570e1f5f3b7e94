using Ledger.Domain.Budget.Commands;
using Ledger.Journal.Writing;

namespace Ledger.Runtime.Hosting;

/// <summary>
/// Writes through the persistent actor of the unit-year. The runtime starts on the first write, so a sheet
/// rejected before it is decided costs no actor system; disposing stops it.
/// </summary>
public sealed class RuntimeBudgetWriter(RuntimeOptions options) : IBudgetWriter, IAsyncDisposable
{
    private LedgerRuntime? _runtime;

    public async Task<WriteOutcome> WriteAsync(BudgetCommand command, CancellationToken ct)
    {
        _runtime ??= await LedgerRuntime.StartAsync(options, ct);
        return await _runtime.SendAsync(command, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_runtime is not null)
            await _runtime.DisposeAsync();
    }
}
