using System.Collections.Immutable;

namespace Ledger.Domain.Values;

/// <summary>
/// Budget lines named together, as a PK's <c>program</c> cell names them: distinct, in code order, equal by items
/// (so events holding one compare as values). Text form <c>02;03;04</c>.
/// </summary>
public sealed class KodeList : IEquatable<KodeList>
{
    /// <summary>No line.</summary>
    public static readonly KodeList Empty = new([]);

    private KodeList(ImmutableArray<Kode> items) => Items = items;

    /// <summary>The lines, distinct and in code order.</summary>
    public ImmutableArray<Kode> Items { get; }

    /// <summary>The list of <paramref name="kodes"/>, duplicates dropped, in code order.</summary>
    public static KodeList Of(IEnumerable<Kode> kodes) => new([.. kodes.Distinct().Order()]);

    /// <summary>Reads <c>02;03</c>; false with the problem when a part is not a kode.</summary>
    public static bool TryParse(string? text, out KodeList list, out string? problem)
    {
        list = Empty;
        problem = null;
        var kodes = new List<Kode>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Kode.TryParse(part, out var kode, out problem))
                return false;
            kodes.Add(kode);
        }
        list = Of(kodes);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(KodeList? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KodeList);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var kode in Items)
            hash.Add(kode);
        return hash.ToHashCode();
    }

    /// <summary>The text form, <c>02;03;04</c>; empty for none.</summary>
    public override string ToString() => string.Join(';', Items.Select(k => k.Value));
}
