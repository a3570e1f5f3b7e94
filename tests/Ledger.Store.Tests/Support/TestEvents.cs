using System.Text;

namespace Ledger.Store.Tests;

/// <summary>Builds small, distinct events for tests. Thread-safe.</summary>
public static class TestEvents
{
    public static StreamName Stream(string unit = "Dinas Pendidikan", int year = 2025) => StreamName.For(unit, year);

    /// <summary><paramref name="count"/> events with fresh ids and JSON payloads <c>{"n":i}</c> tagged by <paramref name="tag"/>.</summary>
    public static EventData[] Make(int count, string tag = "x") =>
        Enumerable.Range(0, count).Select(i => One(i, tag)).ToArray();

    public static EventData One(int n = 0, string tag = "x") =>
        new(Guid.NewGuid(), "PaguDitetapkan", Encoding.UTF8.GetBytes($$"""{"n":{{n}},"tag":"{{tag}}"}"""));
}
