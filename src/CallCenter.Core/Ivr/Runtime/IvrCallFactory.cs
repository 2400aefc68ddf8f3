using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>Every new call runs the flow that is current when it arrives, to its end.</summary>
public sealed class IvrCallFactory(IFlowSource flows, IvrServices services) : ICallBehaviourFactory
{
    public ICallBehaviour Create(CallerInfo caller, ICallChannel channel) => new IvrCall(flows.Current, caller, channel, services);
}
