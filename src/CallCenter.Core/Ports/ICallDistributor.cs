using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Records;

namespace CallCenter.Core.Ports;

/// <summary>
/// The call distributor as a call sees it: join a queue, say what became of an offer, leave. Every method hands a
/// message to the distributor and returns at once; answers come back through <see cref="IQueuedCaller"/>.
/// </summary>
public interface ICallDistributor
{
    /// <summary>The queue as of the distributor's last step, or null when there is no such queue.</summary>
    QueueStatus? Status(string queue);

    void Enqueue(QueueRequest request, IQueuedCaller caller);

    /// <summary>The agent offered the call answered and is now connected with the caller.</summary>
    void OfferAnswered(string callId);

    /// <summary>The agent offered the call did not take it (<paramref name="why"/>: "no answer", "busy", "unreachable"); the caller keeps their place.</summary>
    void OfferMissed(string callId, string why);

    /// <summary>The caller and the agent are no longer talking: the agent goes to wrap-up.</summary>
    void TalkEnded(string callId);

    /// <summary>
    /// The caller hung up to be called back, keeping their place (time, tier, language, last agent):
    /// from now on <paramref name="dialer"/> stands for them and calls the customer when an agent is reserved.
    /// An agent ringing for the live call is released.
    /// </summary>
    void RequestCallback(string callId, ICallbackCaller dialer);

    /// <summary>A callback did not reach the customer (<paramref name="why"/>: "no answer", "busy", ...): the agent is released; it is tried again later, or given up.</summary>
    void CallbackFailed(string callId, string why);

    /// <summary>The caller left the queue before an agent answered: hung up, chose voicemail, ... An agent ringing for them is released.</summary>
    void Left(string callId, CallOutcome outcome);
}
