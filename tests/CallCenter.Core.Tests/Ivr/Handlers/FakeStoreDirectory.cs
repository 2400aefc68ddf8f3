using CallCenter.Core.Ports;
using CallCenter.Core.Stores;

namespace CallCenter.Core.Tests.Ivr.Handlers;

internal sealed class FakeStoreDirectory(params Store[] stores) : IStoreDirectory
{
    public bool Unavailable { get; set; }

    public Task<IReadOnlyList<Store>> ListAsync(CancellationToken cancellationToken) =>
        Unavailable
            ? throw new DataUnavailableException("The database could not read the stores.")
            : Task.FromResult<IReadOnlyList<Store>>(stores);
}
