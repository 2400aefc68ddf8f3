using System.Collections.Concurrent;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using CallCenter.Testing;

namespace CallCenter.Telephony.Tests.Queueing;

/// <summary>Makes a <see cref="HoldAndRingCall"/> for every caller and keeps them by call id.</summary>
internal sealed class HoldAndRingCalls(QueueScript script) : ICallBehaviourFactory
{
    private readonly ConcurrentDictionary<string, HoldAndRingCall> calls = new();

    public ICallBehaviour Create(CallerInfo caller, ICallChannel channel) =>
        calls.GetOrAdd(caller.CallId, _ => new HoldAndRingCall(caller, channel, script));

    public async Task<HoldAndRingCall> ForAsync(FakePhoneCall caller)
    {
        await Eventually.TrueAsync(() => calls.ContainsKey(caller.ChannelId), $"a session for {caller.ChannelId}", Rig.Timeout);
        return calls[caller.ChannelId];
    }
}
