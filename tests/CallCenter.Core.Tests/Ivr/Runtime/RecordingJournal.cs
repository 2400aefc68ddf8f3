using CallCenter.Core.Ports;
using CallCenter.Core.Records;

namespace CallCenter.Core.Tests.Ivr.Runtime;

internal sealed class RecordingJournal : ICallJournal
{
    public List<CallRecord> Records { get; } = [];

    public List<CallStep> Steps { get; } = [];

    public CallRecord Last => Records[^1];

    public ValueTask RecordAsync(CallRecord record, CancellationToken cancellationToken)
    {
        Records.Add(record);
        return ValueTask.CompletedTask;
    }

    public ValueTask StepAsync(CallStep step, CancellationToken cancellationToken)
    {
        Steps.Add(step);
        return ValueTask.CompletedTask;
    }

    public ValueTask AgentStateChangedAsync(AgentStateChange change, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken) => Task.FromResult<CallRecord?>(Records.LastOrDefault());

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallStep>>(Steps);

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallRecord>>([]);

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallRecord>>([]);

    public ValueTask AnnotateAsync(CallAnnotation annotation, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CallRecord>>([]);
}
