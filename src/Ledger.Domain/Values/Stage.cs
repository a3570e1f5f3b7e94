namespace Ledger.Domain.Values;

/// <summary>The budget stage a change belongs to, in the order the APBD cycle goes through them.</summary>
public enum Stage
{
    /// <summary>Penetapan APBD / Renja: the budget as first enacted.</summary>
    Murni = 0,
    /// <summary>A shift between lines that leaves the total unchanged.</summary>
    Pergeseran = 1,
    /// <summary>A Covid-19 cut or reallocation (Permendagri 20/2020, 39/2020, SKB 119/2813/SJ – 177/KMK.07/2020).</summary>
    Refocusing = 2,
    /// <summary>APBD-P / Renja-P: the formal mid-year revision.</summary>
    Perubahan = 3,
}

/// <summary>Names, ranks and parsing of <see cref="Stage"/>.</summary>
public static class Stages
{
    /// <summary>Every stage, in the order of the cycle.</summary>
    public static readonly IReadOnlyList<Stage> All = [Stage.Murni, Stage.Pergeseran, Stage.Refocusing, Stage.Perubahan];

    /// <summary>
    /// Position in the cycle. Pergeseran and refocusing share a rank: in 2020 they came in either order,
    /// often several times, between the murni and the perubahan.
    /// </summary>
    public static int Rank(this Stage stage) => stage switch
    {
        Stage.Murni => 0,
        Stage.Pergeseran or Stage.Refocusing => 1,
        Stage.Perubahan => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The lower-case word used on the command line and in files: <c>murni</c>, <c>perubahan</c>.</summary>
    public static string Name(this Stage stage) => stage switch
    {
        Stage.Murni => "murni",
        Stage.Pergeseran => "pergeseran",
        Stage.Refocusing => "refocusing",
        Stage.Perubahan => "perubahan",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>Reads a stage's name (case and spacing forgiven); false when <paramref name="text"/> names none.</summary>
    public static bool TryParse(string? text, out Stage stage)
    {
        // The stored lower-case names first: the journal repeats them on every event.
        Stage? exact = text switch
        {
            "murni" => Stage.Murni,
            "pergeseran" => Stage.Pergeseran,
            "refocusing" => Stage.Refocusing,
            "perubahan" => Stage.Perubahan,
            _ => null,
        };
        if (exact is { } found)
        {
            stage = found;
            return true;
        }
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                stage = candidate;
                return true;
            }
        }
        stage = default;
        return false;
    }
}
