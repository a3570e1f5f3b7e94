using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

/// <summary>
/// A value as it stands at each rank of the budget cycle (murni; pergeseran and refocusing;
/// perubahan). A rank with nothing of its own inherits from the nearest lower rank, so "pagu setelah
/// perubahan" of a line the perubahan left alone is its murni pagu. Immutable.
/// </summary>
public readonly record struct Ranked<T>
{
    /// <summary>Ranks of the cycle: 0 murni, 1 pergeseran and refocusing, 2 perubahan.</summary>
    public const int Ranks = 3;

    private readonly T? _r0;
    private readonly T? _r1;
    private readonly T? _r2;
    private readonly byte _set;

    private Ranked(T? r0, T? r1, T? r2, byte set) => (_r0, _r1, _r2, _set) = (r0, r1, r2, set);

    /// <summary>True when a value was set at any rank.</summary>
    public bool HasAny => _set != 0;

    /// <summary>The value in force at <paramref name="stage"/>, or <paramref name="fallback"/> if none was set at or below its rank.</summary>
    public T? At(Stage stage, T? fallback = default) => AtRank(stage.Rank(), fallback);

    /// <summary>The value in force at <paramref name="rank"/> (0 to 2; higher counts as 2), or <paramref name="fallback"/> if none was set at or below it.</summary>
    public T? AtRank(int rank, T? fallback = default)
    {
        for (var r = Math.Min(rank, Ranks - 1); r >= 0; r--)
        {
            if ((_set & (1 << r)) != 0)
                return Slot(r);
        }
        return fallback;
    }

    /// <summary>The value at the highest rank that has one: what the line is now.</summary>
    public T? Latest(T? fallback = default) => AtRank(Ranks - 1, fallback);

    /// <summary>A copy with <paramref name="value"/> set at the rank of <paramref name="stage"/>.</summary>
    public Ranked<T> With(Stage stage, T value) => stage.Rank() switch
    {
        0 => new(value, _r1, _r2, (byte)(_set | 1)),
        1 => new(_r0, value, _r2, (byte)(_set | 2)),
        _ => new(_r0, _r1, value, (byte)(_set | 4)),
    };

    private T? Slot(int rank) => rank switch { 0 => _r0, 1 => _r1, _ => _r2 };
}
