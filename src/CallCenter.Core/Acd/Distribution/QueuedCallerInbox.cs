using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>A waiting call as the distributor reaches it: each message becomes an input in the call's own mailbox.</summary>
public sealed class QueuedCallerInbox(ICallChannel channel) : IQueuedCaller
{
    public void Offer(AgentOffer offer) => channel.Post(new QueueOffered(offer));

    public void Announce(WaitAnnouncement announcement) => channel.Post(new QueueAnnounced(announcement));

    public void Overflow(OverflowTarget target) => channel.Post(new QueueOverflowed(target));
}
