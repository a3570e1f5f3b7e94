namespace Ledger.Cli;

/// <summary>The exit codes of contract §3.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;

    /// <summary>The disk or the database server failed (full, I/O error): the contract has one failure code, the bad-input one.</summary>
    public const int StoreFailed = BadInput;
}
