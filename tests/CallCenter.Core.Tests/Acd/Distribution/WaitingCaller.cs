using System.Threading.Channels;
using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Waiting;

namespace CallCenter.Core.Tests.Acd.Distribution;

/// <summary>A caller in a queue as the distributor sees them: it keeps every message, for the test to await.</summary>
internal sealed class WaitingCaller(string callId) : ICallbackCaller
{
    private readonly Channel<object> messages = Channel.CreateUnbounded<object>();

    public string CallId { get; } = callId;

    private readonly List<object> told = [];
    private readonly Lock toldLock = new();

    public void Offer(AgentOffer offer) => Tell(offer);

    public void Announce(WaitAnnouncement announcement) => Tell(announcement);

    public void Overflow(OverflowTarget target) => Tell(target);

    /// <summary>As a callback dialer: the distributor gave up calling the customer.</summary>
    public void GivenUp() => Tell(GaveUp);

    public const string GaveUp = "given up";

    /// <summary>As a callback dialer: the call that asked for it is over.</summary>
    public void CallerHungUp() => Tell(HungUp);

    public const string HungUp = "caller hung up";

    /// <summary>The offers made so far, read or not.</summary>
    public IReadOnlyList<AgentOffer> Offers
    {
        get
        {
            lock (toldLock)
            {
                return [.. told.OfType<AgentOffer>()];
            }
        }
    }

    private void Tell(object message)
    {
        lock (toldLock)
        {
            told.Add(message);
        }
        messages.Writer.TryWrite(message);
    }

    public async Task<T> NextAsync<T>()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var message = await messages.Reader.ReadAsync(timeout.Token);
        return message is T expected
            ? expected
            : throw new AssertionException($"Call {CallId} expected {typeof(T).Name} but was told {message}");
    }

    /// <summary>Whether anything is waiting to be read; meaningful only once the distributor has settled (see <see cref="DistributorRig.SettleAsync"/>).</summary>
    public bool HasNews => messages.Reader.Count > 0;
}
