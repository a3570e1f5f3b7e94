using System.Diagnostics;
using Ledger.Application;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal.Writing;

namespace Ledger.Generating;

/// <summary>
/// Writes a generated data set through the normal write path: each unit-year's commands one at a time and in order,
/// each decided on its stream as stored, so the journal holds exactly what importing the sheets would give. Up to
/// <c>parallel</c> unit-year streams are written at once (streams are independent; within one stream order is kept),
/// so with more than one the global order of streams varies between runs while each stream's events do not. The
/// first unit-year is written alone, because a writer may start lazily on its first write (the runtime's does).
/// Commands already in the journal append nothing, so an interrupted or repeated run is completed, not doubled.
/// </summary>
public sealed class GenRun(IBudgetWriter writer)
{
    public const int MaxParallel = 16;

    /// <exception cref="InputException">The store holds other data for a generated unit-year (another seed, or imports).</exception>
    public async Task<GenProgress> RunAsync(GenSpec spec, int parallel, IProgress<GenProgress>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parallel, MaxParallel);
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        var appended = 0L;
        async ValueTask WriteOne((int Unit, int FiscalYear) item, CancellationToken token)
        {
            var script = SyntheticBudget.Script(spec.Seed, item.Unit, item.FiscalYear);
            foreach (var command in script.Commands)
                Interlocked.Add(ref appended, await WriteAsync(command, token));
            var finished = Interlocked.Increment(ref done);
            progress?.Report(new GenProgress(finished, spec.UnitYears, Interlocked.Read(ref appended), stopwatch.Elapsed));
        }

        var all = spec.Each();
        await WriteOne(all.First(), ct);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct };
        await Parallel.ForEachAsync(all.Skip(1), options, WriteOne);
        return new GenProgress(done, spec.UnitYears, appended, stopwatch.Elapsed);
    }

    private async Task<int> WriteAsync(BudgetCommand command, CancellationToken ct) =>
        await writer.WriteAsync(command, ct) switch
        {
            WriteOutcome.Accepted accepted => accepted.Appended,
            // The generator's commands are valid on an empty stream or on its own earlier output; a refusal means the
            // stream holds something else under the same unit name.
            WriteOutcome.Rejected rejected => throw new InputException(
                $"gen: {command.Context.Unit} {command.Context.FiscalYear} already holds other data (imported sheets, or a gen with another --seed): {rejected.Reason.Message}"),
            _ => throw new UnreachableException(),
        };
}
