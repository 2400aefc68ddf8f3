namespace CallCenter.Core.Calls;

/// <summary>What one call does. Fed one input at a time, in order, from that call's mailbox only.</summary>
public interface ICallBehaviour
{
    Task HandleAsync(CallInput input, CancellationToken cancellationToken);

    /// <summary>True once the call has ended; its session can be closed.</summary>
    bool IsFinished { get; }
}
