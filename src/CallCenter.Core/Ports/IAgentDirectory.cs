using CallCenter.Core.Agents;

namespace CallCenter.Core.Ports;

public interface IAgentDirectory
{
    Task<IReadOnlyList<Agent>> ListAsync(CancellationToken cancellationToken);

    Task<Agent?> GetAsync(string extension, CancellationToken cancellationToken);
}
