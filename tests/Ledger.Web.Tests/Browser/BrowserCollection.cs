namespace Ledger.Web.Tests.Browser;

/// <summary>The browser test classes share one server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
