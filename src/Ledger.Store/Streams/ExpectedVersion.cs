using System.Globalization;

namespace Ledger.Store;

/// <summary>
/// What the writer believes the stream version is, for optimistic concurrency.
/// Stream versions count events from 0 (first event) and -1 means "no events yet".
/// Immutable value; thread-safe. Note <c>default(ExpectedVersion)</c> is <c>Exactly(0)</c>.
/// </summary>
public readonly record struct ExpectedVersion
{
    private const long NoStreamValue = -1;
    private const long AnyValue = -2;

    private ExpectedVersion(long value) => Value = value;

    /// <summary>The stream must not exist yet (version -1).</summary>
    public static ExpectedVersion NoStream { get; } = new(NoStreamValue);

    /// <summary>No concurrency check: append whatever the version is.</summary>
    public static ExpectedVersion Any { get; } = new(AnyValue);

    /// <summary>-2 for <see cref="Any"/>, -1 for <see cref="NoStream"/>, else the exact version.</summary>
    public long Value { get; }

    /// <summary>True for <see cref="Any"/>: the append is not checked against the stream version.</summary>
    public bool IsAny => Value == AnyValue;

    /// <summary>The stream's last event must have exactly this version (0 or more).</summary>
    public static ExpectedVersion Exactly(long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        return new ExpectedVersion(version);
    }

    /// <summary>The expectation that holds for a stream currently at <paramref name="version"/> (-1 = none).</summary>
    public static ExpectedVersion At(long version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, NoStreamValue);
        return new ExpectedVersion(version);
    }

    /// <summary>Whether a stream at <paramref name="actualVersion"/> (-1 = none) satisfies this expectation.</summary>
    public bool IsSatisfiedBy(long actualVersion) => IsAny || Value == actualVersion;

    /// <summary>The version as a number, or the sentinel's name.</summary>
    public override string ToString() => Value switch
    {
        AnyValue => "Any",
        NoStreamValue => "NoStream",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };
}
