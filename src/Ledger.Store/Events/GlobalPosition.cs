using System.Globalization;

namespace Ledger.Store;

/// <summary>
/// Position of an event in the store-wide journal. The first stored event is at 1 and positions
/// are contiguous (1, 2, 3, …) with no gaps; <see cref="Start"/> (0) means "before the first event".
/// Ordered; immutable; thread-safe.
/// </summary>
public readonly record struct GlobalPosition : IComparable<GlobalPosition>
{
    /// <summary>A position of the journal: 0 is before the first event, the first event is at 1.</summary>
    public GlobalPosition(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
    }

    /// <summary>Before the first event; reading after it reads the whole journal.</summary>
    public static GlobalPosition Start { get; }

    /// <summary>The position as a number: 0 before the first event, then 1, 2, … in append order.</summary>
    public long Value { get; }

    /// <summary>The position right after this one.</summary>
    public GlobalPosition Next() => new(Value + 1);

    /// <inheritdoc/>
    public int CompareTo(GlobalPosition other) => Value.CompareTo(other.Value);

    /// <summary>True when <paramref name="left"/> comes before <paramref name="right"/> in the journal.</summary>
    public static bool operator <(GlobalPosition left, GlobalPosition right) => left.Value < right.Value;
    /// <summary>True when <paramref name="left"/> comes after <paramref name="right"/> in the journal.</summary>
    public static bool operator >(GlobalPosition left, GlobalPosition right) => left.Value > right.Value;
    /// <summary>True when <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    public static bool operator <=(GlobalPosition left, GlobalPosition right) => left.Value <= right.Value;
    /// <summary>True when <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    public static bool operator >=(GlobalPosition left, GlobalPosition right) => left.Value >= right.Value;

    /// <summary>The position as a plain invariant number, <c>1234</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
