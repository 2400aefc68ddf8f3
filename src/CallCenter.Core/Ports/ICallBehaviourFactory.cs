using CallCenter.Core.Calls;

namespace CallCenter.Core.Ports;

/// <summary>Makes the behaviour for a new call: the welcome call now, the IVR flow later.</summary>
public interface ICallBehaviourFactory
{
    ICallBehaviour Create(CallerInfo caller, ICallChannel channel);
}
