using CallCenter.Core.Stores;

namespace CallCenter.Core.Ports;

public interface IStoreDirectory
{
    Task<IReadOnlyList<Store>> ListAsync(CancellationToken cancellationToken);
}
