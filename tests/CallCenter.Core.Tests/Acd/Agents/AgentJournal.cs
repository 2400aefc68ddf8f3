using CallCenter.Core.Ports;
using CallCenter.Core.Records;

namespace CallCenter.Core.Tests.Acd.Agents;

/// <summary>A journal that keeps the agent state changes written to it, or refuses them when told to.</summary>
internal sealed class AgentJournal : ICallJournal
{
    public List<AgentStateChange> Changes { get; } = [];

    public Exception? Failure { get; set; }

    public ValueTask AgentStateChangedAsync(AgentStateChange change, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return ValueTask.FromException(Failure);
        }
        Changes.Add(change);
        return ValueTask.CompletedTask;
    }

    public ValueTask RecordAsync(CallRecord record, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask StepAsync(CallStep step, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken) => Task.FromResult<CallRecord?>(null);

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallStep>>([]);

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallRecord>>([]);

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallRecord>>([]);

    public ValueTask AnnotateAsync(CallAnnotation annotation, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallRecord>>([]);
}
