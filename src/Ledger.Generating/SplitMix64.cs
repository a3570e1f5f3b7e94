namespace Ledger.Generating;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny 64-bit generator whose output is fixed by its published
/// algorithm, unlike <see cref="System.Random"/>, whose algorithm may change between .NET versions. Integer
/// arithmetic only, so a seed gives the same numbers on every machine and runtime. Not thread-safe: one
/// instance per unit-year, made with <see cref="For"/>.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state = seed;

    /// <summary>
    /// A generator for one purpose (a unit, a unit-year, a stage), keyed by numbers: the same keys give the same
    /// generator however many numbers other generators have drawn, so a unit-year's data depend only on the seed,
    /// the unit and the year.
    /// </summary>
    public static SplitMix64 For(ulong seed, params ReadOnlySpan<long> keys)
    {
        var state = Mix(seed);
        foreach (var key in keys)
            state = Mix(unchecked(state ^ ((ulong)key + Gamma)));
        return new SplitMix64(state);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += Gamma;
            return Mix(_state);
        }
    }

    /// <summary>Uniform in [0, <paramref name="bound"/>), without modulo bias.</summary>
    public long Below(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1L);
        var range = (ulong)bound;
        // Draws at or above the last whole multiple of the range are redrawn, so every value is equally likely.
        var limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong draw;
        do
            draw = NextUInt64();
        while (draw >= limit);
        return (long)(draw % range);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    public int Between(int min, int max) => (int)Between((long)min, max);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    public long Between(long min, long max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        return min + Below(max - min + 1);
    }

    /// <summary>True with probability <paramref name="percent"/> / 100.</summary>
    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)Below(items.Count)];

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    public int Weighted(IReadOnlyList<int> weights)
    {
        var total = 0L;
        foreach (var weight in weights)
            total += weight;
        var draw = Below(total);
        for (var i = 0; i < weights.Count; i++)
        {
            draw -= weights[i];
            if (draw < 0)
                return i;
        }
        throw new System.Diagnostics.UnreachableException();
    }

    /// <summary><paramref name="count"/> distinct indexes of [0, <paramref name="of"/>), in ascending order.</summary>
    public IReadOnlyList<int> Sample(int count, int of)
    {
        var chosen = new SortedSet<int>();
        count = Math.Min(count, of);
        while (chosen.Count < count)
            chosen.Add((int)Below(of));
        return [.. chosen];
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
