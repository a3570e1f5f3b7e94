namespace Ledger.Domain.Values;

/// <summary>Depth of a line in the budget hierarchy.</summary>
public enum Level
{
    /// <summary>Program: the top of the hierarchy.</summary>
    Program = 0,
    /// <summary>Kegiatan: under a program.</summary>
    Kegiatan = 1,
    /// <summary>Sub kegiatan: under a kegiatan; the leaves that carry pagu.</summary>
    SubKegiatan = 2,
}

/// <summary>Names and parsing of <see cref="Level"/>.</summary>
public static class Levels
{
    /// <summary>The word in table columns: <c>program</c>, <c>kegiatan</c>, <c>sub_kegiatan</c>.</summary>
    public static string Name(this Level level) => level switch
    {
        Level.Program => "program",
        Level.Kegiatan => "kegiatan",
        Level.SubKegiatan => "sub_kegiatan",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The level at <paramref name="depth"/> (0 program, 1 kegiatan, 2 sub kegiatan).</summary>
    public static Level FromDepth(int depth) => depth switch
    {
        0 => Level.Program,
        1 => Level.Kegiatan,
        2 => Level.SubKegiatan,
        _ => throw new ArgumentOutOfRangeException(nameof(depth), depth, "a budget has at most three levels"),
    };

    /// <summary>Reads a level's <see cref="Name"/>; false when <paramref name="text"/> names none.</summary>
    public static bool TryParse(string? text, out Level level)
    {
        Level? parsed = text switch
        {
            "program" => Level.Program,
            "kegiatan" => Level.Kegiatan,
            "sub_kegiatan" => Level.SubKegiatan,
            _ => null,
        };
        level = parsed.GetValueOrDefault();
        return parsed is not null;
    }
}
