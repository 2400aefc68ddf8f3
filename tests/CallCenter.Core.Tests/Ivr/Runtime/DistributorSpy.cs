using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>A call distributor that serves one queue with a given number of agents and keeps what calls tell it.</summary>
internal sealed class DistributorSpy(int agentsServing, string queue = "support") : ICallDistributor
{
    public List<string> Told { get; } = [];

    public QueueRequest? Request { get; private set; }

    public IQueuedCaller? Caller { get; private set; }

    public QueueStatus? Status(string name) => name == queue ? new QueueStatus(queue, "hotline-moh", agentsServing) : null;

    public void Enqueue(QueueRequest request, IQueuedCaller caller)
    {
        Request = request;
        Caller = caller;
        Told.Add($"enqueue {request.Queue}");
    }

    public void OfferAnswered(string callId) => Told.Add("answered");

    public void OfferMissed(string callId, string why) => Told.Add($"missed: {why}");

    public void TalkEnded(string callId) => Told.Add("talk ended");

    public ICallbackCaller? Dialer { get; private set; }

    public void RequestCallback(string callId, ICallbackCaller dialer)
    {
        Dialer = dialer;
        Told.Add("callback");
    }

    public void CallbackFailed(string callId, string why) => Told.Add($"callback failed: {why}");

    public void Left(string callId, CallOutcome outcome) => Told.Add($"left: {outcome}");
}
