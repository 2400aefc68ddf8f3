using CallCenter.Core.Customers;

namespace CallCenter.Core.Acd.Routing;

/// <summary>Callers of one queue, tier and language: they share a weight and, at each skill step, their agents.</summary>
internal readonly record struct WaitingLineKey(string Queue, CustomerTier Tier, string Language)
{
    public static WaitingLineKey Of(WaitingCall call) => new(call.Queue, call.Tier, call.Language ?? "");
}
