using System.Globalization;

namespace Ledger.Store;

/// <summary>
/// The last event of a journal as an auditor records it: its global position and its chain hash (64 lowercase
/// hex digits). Because each hash covers every event before it, a recorded head pins the whole journal up to that
/// position. An empty journal's head is position 0 with <see cref="EventHash.Genesis"/>. Immutable value.
/// </summary>
public readonly record struct JournalHead
{
    private JournalHead(GlobalPosition position, string hash)
    {
        Position = position;
        Hash = hash;
    }

    /// <summary>Global position of the event, 0 for an empty journal.</summary>
    public GlobalPosition Position { get; }

    /// <summary>Its chain hash, 64 lowercase hex digits.</summary>
    public string Hash { get => field ?? string.Empty; }

    /// <summary>The head of an empty journal.</summary>
    public static JournalHead Empty => new(GlobalPosition.Start, Convert.ToHexStringLower(EventHash.Genesis.Span));

    /// <summary>The head that <paramref name="e"/> makes when it is the last event of the journal.</summary>
    public static JournalHead Of(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Position, Convert.ToHexStringLower(e.Hash.Span));
    }

    /// <summary>Reads <c>POSITION:HASH</c> (as <c>ledger verify --expect-head</c> takes it); hex in either case.</summary>
    public static bool TryParse(string? text, out JournalHead head, out string problem)
    {
        head = default;
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length != 2)
        {
            problem = "write POSITION:HASH, as the head line of ledger verify gives them (e.g. 667:3fa9…, 64 hex digits)";
            return false;
        }
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            problem = $"the position '{parts[0]}' is not a whole number of 0 or more";
            return false;
        }
        var hash = parts[1];
        if (hash.Length != EventHash.Size * 2 || !hash.All(char.IsAsciiHexDigit))
        {
            problem = $"the hash must be {EventHash.Size * 2} hex digits, not '{hash}'";
            return false;
        }
        head = new JournalHead(new GlobalPosition(position), hash.ToLowerInvariant());
        problem = "";
        return true;
    }

    /// <summary><c>POSITION HASH</c>, as the last line of <c>ledger verify</c> prints it after <c>head </c>.</summary>
    public override string ToString() => $"{Position} {Hash}";
}
