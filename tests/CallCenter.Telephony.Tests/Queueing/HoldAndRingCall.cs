using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Telephony.Tests.Queueing;

/// <summary>
/// The smallest queue: answer, hold with music, optionally announce, ring one agent, connect on answer; when the
/// agent leaves during talk, hang the caller up (as the IVR's queue node would). Every input is kept for the test.
/// </summary>
internal sealed class HoldAndRingCall(CallerInfo caller, ICallChannel line, QueueScript script) : ICallBehaviour
{
    private readonly List<CallInput> inputs = [];
    private readonly List<(Func<CallInput, bool> Match, TaskCompletionSource<CallInput> Seen)> waiters = [];
    private readonly Lock gate = new();

    public bool IsFinished { get; private set; }

    public string? LegId { get; private set; }

    public ICallChannel Line => line;

    public IReadOnlyList<CallInput> Inputs
    {
        get
        {
            lock (gate)
            {
                return [.. inputs];
            }
        }
    }

    public async Task HandleAsync(CallInput input, CancellationToken cancellationToken)
    {
        switch (input)
        {
            case CallArrived:
                await line.AnswerAsync(cancellationToken);
                await line.HoldAsync(script.MusicOnHold, cancellationToken);
                if (script.Announcement is { } announcement)
                {
                    await line.PlayAsync([announcement], caller.Language, cancellationToken);
                }
                if (script.RingAtOnce)
                {
                    await RingAsync(cancellationToken);
                }
                break;
            case AgentRinging ringing when script.CancelOnRinging:
                await line.CancelAgentAsync(ringing.LegId, cancellationToken);
                break;
            case AgentAnswered answered when script.ConnectOnAnswer:
                await line.ConnectAgentAsync(answered.LegId, cancellationToken);
                break;
            case AgentHungUp or ShutdownRequested:
                await line.HangUpAsync(HangupCause.Normal, cancellationToken);
                break;
            case CallEnded:
                IsFinished = true;
                break;
        }
        Seen(input);
    }

    public async Task<string> RingAsync(CancellationToken cancellationToken)
    {
        LegId = await line.RingAgentAsync(new AgentLegRequest(script.AgentEndpoint, caller.Number, caller.Name, script.RingTimeout), cancellationToken);
        return LegId;
    }

    public async Task<T> WaitForAsync<T>(TimeSpan timeout)
        where T : CallInput
    {
        TaskCompletionSource<CallInput> seen;
        lock (gate)
        {
            if (inputs.OfType<T>().FirstOrDefault() is { } already)
            {
                return already;
            }
            seen = new TaskCompletionSource<CallInput>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((i => i is T, seen));
        }
        try
        {
            return (T)await seen.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No {typeof(T).Name} within {timeout.TotalSeconds:0} s; inputs were: {string.Join(", ", Inputs)}");
        }
    }

    private void Seen(CallInput input)
    {
        lock (gate)
        {
            inputs.Add(input);
            foreach (var waiter in waiters.Where(w => w.Match(input)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Seen.TrySetResult(input);
            }
        }
    }
}
