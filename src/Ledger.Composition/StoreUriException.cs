namespace Ledger.Composition;

/// <summary>A store URI that names no store this ledger can open.</summary>
public sealed class StoreUriException(string message) : Exception(message);
