using Npgsql;

namespace Ledger.Store.Postgres.Tests;

/// <summary>Followers of a PostgreSQL journal hear of appends by LISTEN/NOTIFY, from any connection, when they commit.</summary>
public sealed class AppendNotificationTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private string _schema = "";

    public async ValueTask InitializeAsync() => _schema = await TestServer.CreateSchemaAsync(CancellationToken.None);

    public async ValueTask DisposeAsync() => await TestServer.DropSchemaAsync(_schema);

    [Fact]
    public async Task An_append_by_another_store_instance_wakes_a_listener_without_its_fallback()
    {
        await using var writer = await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), CancellationToken.None);
        await using var dataSource = NpgsqlDataSource.Create(TestServer.ConnectionStringFor(_schema));
        // A fallback longer than the test's patience: only a notification can complete the wait in time.
        await using var listener = new AppendListener(dataSource, fallback: TimeSpan.FromMinutes(10));
        await listener.NextAsync(CancellationToken.None); // the first wake says "listening now"

        var next = listener.NextAsync(CancellationToken.None);
        await writer.AppendAsync(StreamName.For("Kecamatan Malili", 2021), ExpectedVersion.NoStream,
            [new EventData(Guid.NewGuid(), "Test", "{}"u8.ToArray())], CancellationToken.None);

        await next.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_store_signal_returns_once_the_head_is_past_what_was_seen()
    {
        await using var follower = await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), CancellationToken.None);
        await using var writer = await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), CancellationToken.None);

        var waiting = follower.WaitPastAsync(GlobalPosition.Start, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        await writer.AppendAsync(StreamName.For("Kecamatan Malili", 2021), ExpectedVersion.NoStream,
            [new EventData(Guid.NewGuid(), "Test", "{}"u8.ToArray())], CancellationToken.None);

        await waiting.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(new GlobalPosition(1), await follower.HeadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_rolled_back_append_sends_no_notification()
    {
        await using var writer = await PostgresEventStore.OpenAsync(TestServer.StoreUri(_schema), CancellationToken.None);
        await using var dataSource = NpgsqlDataSource.Create(TestServer.ConnectionStringFor(_schema));
        await using var listener = new AppendListener(dataSource, fallback: TimeSpan.FromMinutes(10));
        await listener.NextAsync(CancellationToken.None);

        var next = listener.NextAsync(CancellationToken.None);
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => writer.AppendAsync(StreamName.For("Kecamatan Malili", 2021),
            ExpectedVersion.Exactly(3), [new EventData(Guid.NewGuid(), "Test", "{}"u8.ToArray())], CancellationToken.None));

        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.False(next.IsCompleted);
    }
}
