namespace Ledger.Application;

/// <summary>
/// Bad input the user can fix: a one-line message, usually <c>FILE:ROW:COLUMN what</c>, that the CLI
/// prints after <c>error:</c> before exiting 1. Thrown before anything is written.
/// </summary>
public sealed class InputException(string message) : Exception(message);
