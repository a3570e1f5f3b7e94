using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Web.Users;

/// <summary>
/// API tokens: 256 random bits, base64url, with a <c>ldg_</c> prefix that makes a leaked token easy to
/// recognise. Only the SHA-256 hash of a token is stored; the token itself is shown once, when it is made.
/// </summary>
public static class ApiTokens
{
    public const string Prefix = "ldg_";

    /// <summary>Longest token text looked up; anything longer is not one of ours.</summary>
    public const int MaxLength = 128;

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The 32-byte SHA-256 of the token's UTF-8 text, as stored.</summary>
    public static byte[] Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim()));
    }

    /// <summary>Whether the text could be a token at all (checked before hashing and looking it up).</summary>
    public static bool IsPlausible(string? token) =>
        token is { Length: > 0 and <= MaxLength } && token.Trim().StartsWith(Prefix, StringComparison.Ordinal);
}
