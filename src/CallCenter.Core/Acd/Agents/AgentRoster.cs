using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Acd.Agents;

/// <summary>
/// The configured agents' state machines, for the call distributor. Every change is journaled (from, to,
/// reason, time) and published on the ACD event bus, in the order it happened; routing reads copies
/// (<see cref="Snapshot"/>).
/// </summary>
/// <remarks>
/// Not thread-safe, by design: the distributor's single loop owns it and is its only caller, so a check and the
/// change that follows it (e.g. "is 1001 free? reserve 1001") can never be split by another request. It owns
/// no timers either: the loop waits until <see cref="NextDueAt"/> on its own TimeProvider timer and then calls
/// <see cref="TickAsync"/>.
/// </remarks>
public sealed class AgentRoster
{
    public const string RemovedFromConfiguration = "removed from the configuration";

    private readonly SortedDictionary<string, AgentMachine> agents = new(StringComparer.Ordinal);
    private readonly HashSet<string> leaving = new(StringComparer.Ordinal);
    private readonly ICallJournal journal;
    private readonly IAcdEventBus bus;
    private readonly TimeProvider time;
    private readonly TimeZoneInfo zone;
    private readonly ILogger<AgentRoster> logger;
    private int autoPauseAfterMissedOffers;

    /// <param name="zone">The call center's time zone: where "today" starts for answered-call counts.</param>
    public AgentRoster(AcdConfiguration configuration, ICallJournal journal, IAcdEventBus bus, TimeProvider time, TimeZoneInfo zone, ILogger<AgentRoster> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        this.journal = journal;
        this.bus = bus;
        this.time = time;
        this.zone = zone;
        this.logger = logger;
        autoPauseAfterMissedOffers = configuration.AutoPauseAfterMissedOffers;
        foreach (var definition in configuration.Agents.Values)
        {
            agents[definition.Extension] = NewAgent(definition);
        }
    }

    /// <summary>When the next wrap-up runs out, if anyone is wrapping up: the time to call <see cref="TickAsync"/>.</summary>
    public DateTimeOffset? NextDueAt => agents.Values.Min(a => a.WrapUpEndsAt);

    /// <summary>Every agent as routing needs them, by extension.</summary>
    public IReadOnlyList<AgentView> Snapshot() => [.. agents.Values.Select(a => a.View())];

    public AgentView? Find(string extension) => agents.TryGetValue(extension, out var agent) ? agent.View() : null;

    public ValueTask<AgentChangeResult> LogInAsync(string extension, string? pauseReason, CancellationToken cancellationToken) =>
        leaving.Contains(extension)
            ? ValueTask.FromResult(AgentChangeResult.Refused($"Agent {extension} has been {RemovedFromConfiguration}."))
            : ChangeAsync(extension, a => a.LogIn(pauseReason), cancellationToken);

    public ValueTask<AgentChangeResult> MakeAvailableAsync(string extension, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.MakeAvailable(), cancellationToken);

    public ValueTask<AgentChangeResult> PauseAsync(string extension, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.Pause(reason), cancellationToken);

    /// <summary>Reserves an Available agent for one call while their phone rings; any other state refuses.</summary>
    public ValueTask<AgentChangeResult> ReserveAsync(string extension, string callId, string queue, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.Reserve(callId, queue), cancellationToken);

    public ValueTask<AgentChangeResult> OfferAnsweredAsync(string extension, string callId, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.OfferAnswered(callId), cancellationToken);

    /// <param name="why">What became of the offer, in words: "no answer", "busy", "unreachable".</param>
    public ValueTask<AgentChangeResult> OfferMissedAsync(string extension, string callId, string why, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.OfferMissed(callId, why), cancellationToken);

    public ValueTask<AgentChangeResult> OfferWithdrawnAsync(string extension, string callId, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.OfferWithdrawn(callId), cancellationToken);

    /// <param name="wrapUp">The wrap-up time of the queue the call came from.</param>
    public ValueTask<AgentChangeResult> CallEndedAsync(string extension, string callId, TimeSpan wrapUp, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.CallEnded(callId, wrapUp), cancellationToken);

    public ValueTask<AgentChangeResult> EndWrapUpAsync(string extension, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.EndWrapUp(), cancellationToken);

    public ValueTask<AgentChangeResult> LogOutAsync(string extension, CancellationToken cancellationToken) =>
        ChangeAsync(extension, a => a.LogOut(), cancellationToken);

    /// <summary>Ends every wrap-up whose time is over, soonest first; returns the changes made.</summary>
    public async ValueTask<IReadOnlyList<AgentStateChange>> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = agents.Values.Where(a => a.WrapUpEndsAt <= now).OrderBy(a => a.WrapUpEndsAt).ToList();
        var changes = new List<AgentStateChange>();
        foreach (var agent in due)
        {
            var result = await ChangeAsync(agent.Extension, a => a.ExpireWrapUp(), cancellationToken).ConfigureAwait(false);
            if (result.Change is { } change)
            {
                changes.Add(change);
            }
        }
        return changes;
    }

    /// <summary>
    /// Takes a new configuration: new agents start logged out, kept ones get their new name and skills and keep
    /// their state, and removed ones are logged out — at once when free, or, when on a call, as soon as that
    /// call and its wrap-up are over (a ringing offer is settled first). Until then they stay in the snapshot.
    /// </summary>
    public async ValueTask ApplyAsync(AcdConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        autoPauseAfterMissedOffers = configuration.AutoPauseAfterMissedOffers;
        var configured = new Dictionary<string, AgentDefinition>(StringComparer.Ordinal);
        foreach (var definition in configuration.Agents.Values)
        {
            configured[definition.Extension] = definition;
        }
        foreach (var definition in configured.Values)
        {
            if (agents.TryGetValue(definition.Extension, out var agent))
            {
                agent.Redefine(definition);
                agent.AutoPauseAfterMissedOffers = autoPauseAfterMissedOffers;
                if (leaving.Remove(definition.Extension) && agent.State == AgentState.OnCall && agent.StateAfterWrapUp == AgentState.LoggedOut)
                {
                    agent.MakeAvailable();
                }
            }
            else
            {
                agents[definition.Extension] = NewAgent(definition);
                logger.LogInformation("Agent {Agent} added to the roster", definition.Extension);
            }
        }
        foreach (var extension in agents.Keys.Where(e => !configured.ContainsKey(e)).ToList())
        {
            leaving.Add(extension);
            await RetireIfFreeAsync(agents[extension], cancellationToken).ConfigureAwait(false);
        }
    }

    private AgentMachine NewAgent(AgentDefinition definition) => new(definition, autoPauseAfterMissedOffers, time, zone);

    private async ValueTask<AgentChangeResult> ChangeAsync(string extension, Func<AgentMachine, AgentChangeResult> request, CancellationToken cancellationToken)
    {
        if (extension is null || !agents.TryGetValue(extension, out var agent))
        {
            return AgentChangeResult.Refused($"No agent {extension} is configured.");
        }
        var result = request(agent);
        if (result.Change is { } change)
        {
            await RecordAsync(change, cancellationToken).ConfigureAwait(false);
            await RetireIfFreeAsync(agent, cancellationToken).ConfigureAwait(false);
        }
        else if (result.IsRefused)
        {
            logger.LogDebug("Agent {Agent}: {Refusal}", extension, result.Refusal);
        }
        return result;
    }

    private async ValueTask RetireIfFreeAsync(AgentMachine agent, CancellationToken cancellationToken)
    {
        if (!leaving.Contains(agent.Extension))
        {
            return;
        }
        switch (agent.State)
        {
            case AgentState.Ringing:
                return;
            case AgentState.OnCall:
                if (agent.StateAfterWrapUp != AgentState.LoggedOut)
                {
                    agent.LogOut(RemovedFromConfiguration);
                }
                return;
            case AgentState.WrapUp when agent.StateAfterWrapUp == AgentState.LoggedOut:
                return;
            case AgentState.LoggedOut:
                break;
            default:
                if (agent.LogOut(RemovedFromConfiguration).Change is { } change)
                {
                    await RecordAsync(change, cancellationToken).ConfigureAwait(false);
                }
                break;
        }
        agents.Remove(agent.Extension);
        leaving.Remove(agent.Extension);
        logger.LogInformation("Agent {Agent} removed from the roster", agent.Extension);
    }

    /// <summary>
    /// Journals the change, then publishes it. A journal that fails is logged and the change stands: the agent's
    /// real state must not depend on the outbox's disk, and the distributor's loop must go on.
    /// </summary>
    private async ValueTask RecordAsync(AgentStateChange change, CancellationToken cancellationToken)
    {
        logger.LogInformation("Agent {Agent} {From} -> {To} ({Reason})", change.AgentExtension, change.From, change.To, change.Reason);
        try
        {
            await journal.AgentStateChangedAsync(change, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Agent {Agent}'s change {From} -> {To} at {At} could not be journaled", change.AgentExtension, change.From, change.To, change.At);
        }
        finally
        {
            bus.Publish(AgentStateChanged.Of(change));
        }
    }
}
