namespace Ledger.Domain.Values;

/// <summary>
/// A dotted budget code as printed, with the spaces of cell wrapping removed:
/// Permendagri 90/2019 (<c>7.01.01.2.01.0001</c>, or with a 2-digit sub kegiatan segment) or
/// Permendagri 13/2006 (<c>0.00.4.36.08.04.03</c>). Segments are digits, or <c>X</c> for the
/// cross-urusan programs of 90/2019. Codes order segment by segment, numerically, so a parent
/// comes right before its children.
/// </summary>
public readonly record struct Kode : IComparable<Kode>
{
    private readonly string? _value;

    private Kode(string value) => _value = value;

    /// <summary>The code as printed without spaces, <c>1.02.01</c>; empty for the default value.</summary>
    public string Value => _value ?? "";

    /// <summary>Number of dot-separated segments; 0 for the default value.</summary>
    public int SegmentCount => Value.Length == 0 ? 0 : Value.Count(c => c == '.') + 1;

    /// <summary>Parses a printed code; spaces and non-breaking spaces anywhere are ignored.</summary>
    public static bool TryParse(string? text, out Kode kode, out string? problem)
    {
        // The stored form (compact, upper case) is by far the most common input: replaying a journal
        // parses every line's code, so it is taken as is, without copying.
        if (text is not null && IsCanonical(text))
        {
            kode = new Kode(text);
            problem = null;
            return true;
        }
        return TryParseLoose(text, out kode, out problem);
    }

    private static bool IsCanonical(string text)
    {
        if (text.Length == 0 || text[0] == '.' || text[^1] == '.')
            return false;
        var digits = 0;
        var crosses = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case >= '0' and <= '9':
                    digits++;
                    break;
                case 'X':
                    crosses++;
                    break;
                case '.' when text[i - 1] != '.' && (digits == 0 || crosses == 0):
                    digits = crosses = 0;
                    break;
                default:
                    return false;
            }
        }
        return digits == 0 || crosses == 0;
    }

    private static bool TryParseLoose(string? text, out Kode kode, out string? problem)
    {
        kode = default;
        var compact = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0)
        {
            problem = "kode is empty";
            return false;
        }
        var segments = compact.Split('.');
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                problem = $"kode '{compact}' has an empty segment";
                return false;
            }
            if (!segment.All(char.IsAsciiDigit) && !segment.All(c => c is 'X' or 'x'))
            {
                problem = $"kode '{compact}' has a segment '{segment}' that is not a number";
                return false;
            }
        }
        kode = new Kode(compact.ToUpperInvariant());
        problem = null;
        return true;
    }

    /// <summary>Parses a printed code.</summary>
    public static Kode Parse(string text) =>
        TryParse(text, out var kode, out var problem) ? kode : throw new FormatException(problem);

    /// <summary>True when this code is a proper prefix of <paramref name="other"/> ending at a dot.</summary>
    public bool IsAncestorOf(Kode other) =>
        other.Value.Length > Value.Length
        && other.Value.StartsWith(Value, StringComparison.Ordinal)
        && other.Value[Value.Length] == '.';

    /// <summary>Orders segment by segment, numerically: a parent comes right before its children.</summary>
    public int CompareTo(Kode other)
    {
        // Allocation-free: sorted dictionaries of lines compare codes on every fold step.
        ReadOnlySpan<char> a = Value;
        ReadOnlySpan<char> b = other.Value;
        while (true)
        {
            var endA = a.IndexOf('.');
            var endB = b.IndexOf('.');
            var bySegment = CompareSegment(endA < 0 ? a : a[..endA], endB < 0 ? b : b[..endB]);
            if (bySegment != 0)
                return bySegment;
            if (endA < 0 || endB < 0)
                return (endA < 0 ? 0 : 1) - (endB < 0 ? 0 : 1);
            a = a[(endA + 1)..];
            b = b[(endB + 1)..];
        }
    }

    private static int CompareSegment(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var trimmedA = a.TrimStart('0');
        var trimmedB = b.TrimStart('0');
        var byLength = trimmedA.Length.CompareTo(trimmedB.Length);
        if (byLength != 0)
            return byLength;
        var byDigits = trimmedA.SequenceCompareTo(trimmedB);
        return byDigits != 0 ? Math.Sign(byDigits) : a.Length.CompareTo(b.Length);
    }

    /// <summary>True when <paramref name="a"/> orders before <paramref name="b"/>.</summary>
    public static bool operator <(Kode a, Kode b) => a.CompareTo(b) < 0;
    /// <summary>True when <paramref name="a"/> orders after <paramref name="b"/>.</summary>
    public static bool operator >(Kode a, Kode b) => a.CompareTo(b) > 0;
    /// <summary>True when <paramref name="a"/> orders before or equals <paramref name="b"/>.</summary>
    public static bool operator <=(Kode a, Kode b) => a.CompareTo(b) <= 0;
    /// <summary>True when <paramref name="a"/> orders after or equals <paramref name="b"/>.</summary>
    public static bool operator >=(Kode a, Kode b) => a.CompareTo(b) >= 0;

    /// <summary>The code as printed without spaces.</summary>
    public override string ToString() => Value;
}
