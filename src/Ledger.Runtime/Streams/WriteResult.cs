using Ledger.Domain.Budget;

namespace Ledger.Runtime.Streams;

/// <summary>What a stream actor did with a command: the decider's answer after the journal took its events.</summary>
public abstract record WriteResult
{
    private WriteResult()
    {
    }

    /// <summary>
    /// <paramref name="Count"/> events appended in one transaction (0 when the command changed nothing or its events
    /// were already stored); <paramref name="StreamVersion"/> is the stream's version afterwards (-1 for none).
    /// </summary>
    public sealed record Accepted(int Count, long StreamVersion) : WriteResult;

    /// <summary>The decider refused the command; nothing was written.</summary>
    public sealed record Rejected(Rejection Reason) : WriteResult;
}
