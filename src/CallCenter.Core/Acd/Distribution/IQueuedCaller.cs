using CallCenter.Core.Acd.Waiting;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>
/// The distributor's way to a waiting call. Each method only hands a message to the call's own mailbox and
/// returns at once: the call alone touches its line, in order with everything else that happens to it.
/// </summary>
public interface IQueuedCaller
{
    /// <summary>An agent is reserved for the call: ring them, then report answered or missed.</summary>
    void Offer(AgentOffer offer);

    /// <summary>Tell the caller their place in line and the estimated wait.</summary>
    void Announce(WaitAnnouncement announcement);

    /// <summary>The caller has waited the queue's maximum: the distributor has let go of them; take them to <paramref name="target"/>.</summary>
    void Overflow(OverflowTarget target);
}
