namespace Ledger.Store.Tests;

/// <summary>Runs the users contract against <see cref="InMemoryUserStore"/>.</summary>
public sealed class InMemoryUserStoreTests : UserStoreContract
{
    protected override Task<IUserStore> CreateAsync(CancellationToken ct) => Task.FromResult<IUserStore>(new InMemoryUserStore());

    /// <summary>A <c>memory:</c> ledger lives in one process: "another instance" is the same one.</summary>
    protected override Task<IUserStore> OpenAnotherAsync(CancellationToken ct) => Task.FromResult(Users);
}
