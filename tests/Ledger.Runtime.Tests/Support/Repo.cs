using Ledger.Testing;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Paths in the repository the tests run from (the shared ones of <see cref="RepoPaths"/>).</summary>
public static class Repo
{
    public static string Root => RepoPaths.Root;

    public static string Sample(string name) => RepoPaths.Sample(name);
}
