using CallCenter.Core.Agents;

namespace CallCenter.Core.Ports;

/// <summary>
/// Taking agents on and changing how they sign in: what an administrator does, apart from
/// <see cref="IAgentDirectory"/>, which is what calls and sign-in read. Changes to an extension no agent has
/// throw <see cref="UnknownAgentException"/>; bad values throw <see cref="ArgumentException"/>.
/// </summary>
public interface IAgentAccounts
{
    /// <summary>Every agent, deactivated ones included, by extension.</summary>
    Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new agent, active; throws <see cref="AgentExtensionTakenException"/> when the extension is anyone's.</summary>
    Task AddAsync(NewAgent agent, CancellationToken cancellationToken);

    /// <param name="pinHash">The new PIN as <see cref="AgentPin.Hash"/> made it.</param>
    Task SetPinHashAsync(string extension, string pinHash, CancellationToken cancellationToken);

    Task SetRoleAsync(string extension, string role, CancellationToken cancellationToken);

    /// <summary>A deactivated agent keeps their extension and their calls' history, but cannot sign in.</summary>
    Task SetActiveAsync(string extension, bool active, CancellationToken cancellationToken);
}
