using CallCenter.Core.Acd.Distribution;

namespace CallCenter.Core.Ports;

/// <summary>Calls customers back for the call distributor, once they hung up to keep their place in a queue.</summary>
public interface ICallbackDialer
{
    /// <summary>
    /// The one who will stand for the caller of <paramref name="request"/> in the queue and call them when an agent
    /// is reserved; null when their number cannot be called (anonymous, withheld, not a phone number).
    /// </summary>
    ICallbackCaller? For(QueueRequest request, string? customerName);
}
