namespace Ledger.Application.Tests.Faults;

/// <summary>Runs one fuzz case from FsCheck's synchronous runner.</summary>
internal static class FuzzCase
{
    /// <summary>Longest a case may take: an input that makes an import spin is a fault too (the file is never refused).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The stores are asynchronous, so each case runs to completion off the test thread, within <see cref="Patience"/>.</summary>
    public static T Run<T>(Func<Task<T>> run)
    {
        try
        {
            return Task.Run(run).WaitAsync(Patience).GetAwaiter().GetResult();
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the case did not finish within {Patience.TotalSeconds} s");
            throw;
        }
    }
}
