using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Ports;
using CallCenter.Core.Tests.Acd.Distribution;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>A callback dialer that can call every caller back, or none, and keeps what it was asked.</summary>
internal sealed class CallbackDialerSpy(bool canCallBack = true) : ICallbackDialer
{
    public QueueRequest? Request { get; private set; }

    public string? CustomerName { get; private set; }

    public ICallbackCaller? For(QueueRequest request, string? customerName)
    {
        Request = request;
        CustomerName = customerName;
        return canCallBack ? new WaitingCaller(request.CallId) : null;
    }
}
