using CallCenter.Core.Customers;
using CallCenter.Core.Records;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>A caller asking to wait for an agent in <paramref name="Queue"/>, with what the agent's screen will show.</summary>
/// <param name="LastAgent">The extension of the agent who served this customer last, for last-agent routing.</param>
/// <param name="IvrPath">The IVR steps the caller went through, for the agent's screen pop.</param>
public sealed record QueueRequest(
    string CallId,
    string Queue,
    string CallerNumber,
    long? CustomerId,
    CustomerTier Tier,
    string Language,
    string? LastAgent,
    IReadOnlyList<CallStep> IvrPath);
