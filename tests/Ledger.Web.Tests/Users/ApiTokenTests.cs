using Ledger.Web.Users;

namespace Ledger.Web.Tests.Users;

public sealed class ApiTokenTests
{
    [Fact]
    public void A_new_token_is_prefixed_random_and_long()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => ApiTokens.New()).ToList();
        Assert.All(tokens, t => Assert.StartsWith("ldg_", t, StringComparison.Ordinal));
        Assert.All(tokens, t => Assert.Equal(4 + 43, t.Length));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_stored_form_is_the_sha256_of_the_token()
    {
        var hash = ApiTokens.Hash("ldg_abc");
        Assert.Equal(32, hash.Length);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("ldg_abc"u8)), Convert.ToHexString(hash));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("secret", false)]
    [InlineData("ldg_x", true)]
    public void Only_text_shaped_like_a_token_is_looked_up(string? text, bool plausible) => Assert.Equal(plausible, ApiTokens.IsPlausible(text));
}
