using System.Security.Cryptography;
using System.Text;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Events;

/// <summary>
/// Event ids derived from content: the same command on the same stream gives the same ids, so a
/// repeated or concurrent import is recognised by the store as already appended.
/// </summary>
public static class EventIds
{
    /// <summary>The id of the <paramref name="index"/>-th event (0-based) a command with <paramref name="fingerprint"/> makes on the stream of <paramref name="unit"/> and <paramref name="fiscalYear"/>.</summary>
    public static Guid For(string unit, int fiscalYear, Stage stage, LocalDate effective, string fingerprint, int index)
    {
        var text = $"{unit}\n{fiscalYear}\n{stage.Name()}\n{effective:yyyy-MM-dd}\n{fingerprint}\n{index}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        var bytes = hash[..16].ToArray();
        // RFC 9562 version 8 (custom) and variant bits, so the id is a well-formed UUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A short hash of a command's canonical content: equal contents, equal fingerprints.</summary>
    public static string Fingerprint(string canonicalContent)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonicalContent), hash);
        return Convert.ToHexStringLower(hash);
    }
}
