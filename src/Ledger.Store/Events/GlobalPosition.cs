using System.Globalization;

namespace Ledger.Store;

/// <summary>
/// Position of an event in the store-wide journal. The first stored event is at 1 and positions
/// are contiguous (1, 2, 3, …) with no gaps; <see cref="Start"/> (0) means "before the first event".
/// Ordered; immutable; thread-safe.
/// </summary>
public readonly record struct GlobalPosition : IComparable<GlobalPosition>
{
    public GlobalPosition(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
    }

    /// <summary>Before the first event; reading after it reads the whole journal.</summary>
    public static GlobalPosition Start { get; }

    public long Value { get; }

    public GlobalPosition Next() => new(Value + 1);

    public int CompareTo(GlobalPosition other) => Value.CompareTo(other.Value);

    public static bool operator <(GlobalPosition left, GlobalPosition right) => left.Value < right.Value;
    public static bool operator >(GlobalPosition left, GlobalPosition right) => left.Value > right.Value;
    public static bool operator <=(GlobalPosition left, GlobalPosition right) => left.Value <= right.Value;
    public static bool operator >=(GlobalPosition left, GlobalPosition right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
