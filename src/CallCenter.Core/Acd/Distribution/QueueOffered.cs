using CallCenter.Core.Calls;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>The distributor reserved an agent for the call: ring them.</summary>
public sealed record QueueOffered(AgentOffer Offer) : CallInput;
