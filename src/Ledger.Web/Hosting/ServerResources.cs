using Ledger.Application.Live;
using Ledger.Runtime.Sharding;
using Ledger.Store;
using Ledger.Web.Users;

namespace Ledger.Web.Hosting;

/// <summary>
/// What a starting server has opened so far, disposed in one place (after the last request, or when starting fails
/// half-way): the cluster node first, since leaving the cluster hands this node's unit-years to the others; the store
/// and the users only when the server opened them itself.
/// </summary>
internal sealed class ServerResources : IAsyncDisposable
{
    public ClusterNode? Cluster { get; set; }

    public LiveProjection? Live { get; set; }

    public UserDirectory? OwnedUsers { get; set; }

    public IEventStore? OwnedStore { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
            await Cluster.DisposeAsync();
        Live?.Dispose();
        if (OwnedUsers is not null)
            await OwnedUsers.DisposeAsync();
        if (OwnedStore is not null)
            await OwnedStore.DisposeAsync();
    }
}
