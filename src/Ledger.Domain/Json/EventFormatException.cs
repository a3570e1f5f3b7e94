namespace Ledger.Domain.Json;

/// <summary>Stored or supplied bytes that are not a valid event: a corrupt journal or a bad events file.</summary>
public sealed class EventFormatException(string message, Exception? inner = null) : Exception(message, inner);
