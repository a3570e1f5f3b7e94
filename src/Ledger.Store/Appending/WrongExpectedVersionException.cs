namespace Ledger.Store;

/// <summary>
/// An append was refused because the stream was not at the version the writer expected;
/// nothing was written. Re-read the stream (or its version), re-decide, and retry.
/// </summary>
public sealed class WrongExpectedVersionException : Exception
{
    /// <summary>An append to <paramref name="stream"/> refused: it expected <paramref name="expected"/>, the stream is at <paramref name="actualVersion"/> (-1: no stream).</summary>
    public WrongExpectedVersionException(StreamName stream, ExpectedVersion expected, long actualVersion)
        : base(Describe(stream, expected, actualVersion))
    {
        Stream = stream;
        Expected = expected;
        ActualVersion = actualVersion;
    }

    /// <summary>The stream the append was for.</summary>
    public StreamName Stream { get; }

    /// <summary>The version the writer expected the stream to be at.</summary>
    public ExpectedVersion Expected { get; }

    /// <summary>Version of the stream's last event at the time of the append; -1 if it had none.</summary>
    public long ActualVersion { get; }

    private static string Describe(StreamName stream, ExpectedVersion expected, long actual)
    {
        var want = expected.Value == -1 ? "no events (NoStream)" : $"version {expected}";
        var have = actual == -1 ? "has no events" : $"is at version {actual}";
        return $"Append to stream '{stream}' expected {want} but the stream {have}; nothing was written.";
    }
}
