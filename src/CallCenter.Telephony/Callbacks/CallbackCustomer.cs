using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Callbacks;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Callbacks;

/// <summary>
/// A customer waiting in a queue to be called back. Each offer with no callback call in progress places one
/// (<see cref="CallbackCall"/> in its own session); offers while the customer is on the line go to that call's
/// mailbox. No call is placed before the call that asked for it is over (the customer's line is busy until then).
/// </summary>
internal sealed class CallbackCustomer(
    QueueRequest request,
    string? customerName,
    string endpoint,
    Lazy<CallSwitchboard> switchboard,
    ICallDistributor distributor,
    ICallJournal journal,
    CallbackOptions options,
    TimeProvider time,
    ILoggerFactory loggers) : ICallbackCaller
{
    private readonly ILogger logger = loggers.CreateLogger<CallbackCustomer>();
    private readonly Lock gate = new();
    private CallSession? call;
    private CallbackCall? current;
    private int attempts;
    private bool callerGone;
    private AgentOffer? offerOnHold;

    /// <summary>From the distributor's loop; or, for an offer that came before the caller hung up, from the caller's call as it ends.</summary>
    public void Offer(AgentOffer offer)
    {
        CallSession? placedNow;
        lock (gate)
        {
            if (!callerGone)
            {
                offerOnHold = offer;
                return;
            }
            if (current is { IsFinished: false } && call is { } inProgress && inProgress.Post(new QueueOffered(offer)))
            {
                return;
            }
            var context = new CallbackContext(request, customerName, offer, distributor.Status(request.Queue)?.MusicOnHold, distributor, journal, time, logger);
            var placed = new PlacedCall(
                $"{request.CallId}-callback{++attempts}",
                endpoint,
                request.CallerNumber,
                customerName ?? "",
                request.Language,
                options.CallerIdNumber,
                options.CallerIdName,
                options.RingTimeout);
            current = null;
            call = placedNow = switchboard.Value.Place(placed, (_, channel) => current = new CallbackCall(context, channel));
        }
        if (placedNow is null)
        {
            distributor.CallbackFailed(request.CallId, "the server is shutting down");
        }
    }

    public void CallerHungUp()
    {
        AgentOffer? waiting;
        lock (gate)
        {
            callerGone = true;
            waiting = offerOnHold;
            offerOnHold = null;
        }
        if (waiting is not null)
        {
            Offer(waiting);
        }
    }

    /// <summary>Nobody is on the line to hear it.</summary>
    public void Announce(WaitAnnouncement announcement)
    {
    }

    public void Overflow(OverflowTarget target)
    {
        logger.LogWarning("The callback of call {CallId} was let go by its queue ({Overflow}); the customer is not called", request.CallId, target.Action);
        call?.Post(new QueueOverflowed(target));
    }

    public void GivenUp() => _ = RecordGivenUpAsync();

    private async Task RecordGivenUpAsync()
    {
        try
        {
            var record = await journal.GetAsync(request.CallId, CancellationToken.None).ConfigureAwait(false)
                ?? new CallRecord { CallId = request.CallId, CallerNumber = request.CallerNumber, CustomerId = request.CustomerId, Queue = request.Queue, Language = request.Language };
            await journal.RecordAsync(record with { Outcome = CallOutcome.CallbackFailed }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not record that the callback of call {CallId} was given up", request.CallId);
        }
    }
}
