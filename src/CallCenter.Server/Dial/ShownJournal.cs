using CallCenter.Core.Ports;
using CallCenter.Core.Records;

namespace CallCenter.Server.Dial;

/// <summary>
/// The server's call journal, unchanged, with each step shown on the terminal as it is kept: the admin sees the
/// path through the flow (node, masked input, what a lookup found) exactly as reports will.
/// </summary>
internal sealed class ShownJournal(ICallJournal journal, CallTranscript transcript) : ICallJournal
{
    /// <summary>The latest version of the call's record written.</summary>
    public CallRecord? Record { get; private set; }

    public int Steps { get; private set; }

    public async ValueTask RecordAsync(CallRecord record, CancellationToken cancellationToken)
    {
        await journal.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        Record = record;
    }

    public async ValueTask StepAsync(CallStep step, CancellationToken cancellationToken)
    {
        await journal.StepAsync(step, cancellationToken).ConfigureAwait(false);
        Steps++;
        var input = step.Input is null ? "" : $" [{step.Input}]";
        var detail = step.Detail is null ? "" : $" — {step.Detail}";
        transcript.Line("step", $"{step.Node}{input}: {step.Outcome}{detail}");
    }

    public ValueTask AgentStateChangedAsync(AgentStateChange change, CancellationToken cancellationToken) =>
        journal.AgentStateChangedAsync(change, cancellationToken);

    public Task<CallRecord?> GetAsync(string callId, CancellationToken cancellationToken) => journal.GetAsync(callId, cancellationToken);

    public Task<IReadOnlyList<CallStep>> StepsAsync(string callId, CancellationToken cancellationToken) => journal.StepsAsync(callId, cancellationToken);

    public Task<IReadOnlyList<CallRecord>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken) =>
        journal.RecentForCustomerAsync(customerId, limit, cancellationToken);

    public Task<IReadOnlyList<CallRecord>> ForAgentAsync(string extension, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        journal.ForAgentAsync(extension, from, to, cancellationToken);

    public ValueTask AnnotateAsync(CallAnnotation annotation, CancellationToken cancellationToken) => journal.AnnotateAsync(annotation, cancellationToken);

    public Task<IReadOnlyList<CallRecord>> QueuedSinceAsync(DateTimeOffset from, CancellationToken cancellationToken) => journal.QueuedSinceAsync(from, cancellationToken);
}
