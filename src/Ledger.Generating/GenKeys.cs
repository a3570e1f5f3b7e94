namespace Ledger.Generating;

/// <summary>The first key of each kind of generator, so that streams of random numbers for different purposes never coincide.</summary>
internal static class GenKeys
{
    public const long Unit = 1;
    public const long Calendar = 2;
    public const long Kabupaten = 3;
    public const long UnitYear = 4;
}
