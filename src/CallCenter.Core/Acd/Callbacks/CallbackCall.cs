using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Acd.Callbacks;

/// <summary>
/// The call we place to a customer who asked to be called back, once the distributor reserved an agent for them.
/// When the customer answers they hear callback-greeting while the agent's phone rings, then both are connected.
/// An agent who does not take it is reported like any missed offer and the customer holds for the next; a customer
/// who does not answer is reported as a failed callback (the distributor tries again later or gives up). What
/// happens is written to the record of the call that asked for the callback: reports count that call once.
/// </summary>
public sealed class CallbackCall(CallbackContext context, ICallChannel channel) : ICallBehaviour
{
    /// <summary>Said to the customer when they answer, while the agent's phone rings.</summary>
    public const string GreetingPrompt = "callback-greeting";

    private Stage stage = Stage.Dialing;
    private AgentOffer offer = context.FirstOffer;
    private string? leg;
    private string? greeting;
    private volatile bool finished;

    private enum Stage
    {
        /// <summary>The customer's phone rings.</summary>
        Dialing,

        /// <summary>The customer is on the line, an agent's phone rings.</summary>
        Ringing,

        /// <summary>The customer is on the line and holds for the next agent.</summary>
        Holding,
        Talking,
        Done,
    }

    /// <summary>Read by the dialer from the distributor's loop: a finished call takes no more offers, the next one is placed anew.</summary>
    public bool IsFinished => finished;

    private string CallId => context.Request.CallId;

    private CancellationToken Token { get; set; }

    public async Task HandleAsync(CallInput input, CancellationToken cancellationToken)
    {
        Token = cancellationToken;
        switch (input)
        {
            case CallArrived:
                context.Logger.LogInformation("Calling back {CallerNumber} for call {CallId}, agent {Agent} reserved", context.Request.CallerNumber, CallId, offer.AgentExtension);
                break;
            case CalleeAnswered when stage == Stage.Dialing:
                await AnsweredAsync().ConfigureAwait(false);
                break;
            case QueueOffered { Offer: var next }:
                await OfferedAsync(next).ConfigureAwait(false);
                break;
            case AgentAnswered answered when answered.LegId == leg && stage == Stage.Ringing:
                await ConnectAsync(answered.LegId).ConfigureAwait(false);
                break;
            case AgentLegFailed failed when failed.LegId == leg && stage == Stage.Ringing:
                context.Logger.LogInformation("Agent {Agent} did not take the callback: {Reason}", offer.AgentExtension, failed.Reason);
                leg = null;
                stage = Stage.Holding;
                context.Distributor.OfferMissed(CallId, failed.Reason.InWords());
                await channel.HoldAsync(context.MusicOnHold, cancellationToken).ConfigureAwait(false);
                break;
            case AgentHungUp hungUp when hungUp.LegId == leg && stage == Stage.Talking:
                context.Logger.LogInformation("Agent {Agent} left the callback", offer.AgentExtension);
                stage = Stage.Done;
                context.Distributor.TalkEnded(CallId);
                await channel.HangUpAsync(HangupCause.Normal, cancellationToken).ConfigureAwait(false);
                break;
            case QueueOverflowed:
                // The queue is gone from the configuration; the distributor has let go of the callback.
                stage = Stage.Done;
                await channel.HangUpAsync(HangupCause.Normal, cancellationToken).ConfigureAwait(false);
                break;
            case ShutdownRequested:
                await channel.HangUpAsync(HangupCause.Normal, cancellationToken).ConfigureAwait(false);
                break;
            case CallEnded ended:
                await EndedAsync(ended).ConfigureAwait(false);
                break;
        }
    }

    private async Task AnsweredAsync()
    {
        context.Logger.LogInformation("Customer {CallerNumber} answered the callback", context.Request.CallerNumber);
        greeting = await channel.PlayAsync([$"sound:{GreetingPrompt}"], context.Request.Language, Token).ConfigureAwait(false);
        await RingAsync().ConfigureAwait(false);
    }

    private async Task OfferedAsync(AgentOffer next)
    {
        if (stage != Stage.Holding)
        {
            // Crossed with the customer's own news: give the agent back.
            context.Distributor.OfferMissed(CallId, "caller busy");
            return;
        }
        offer = next;
        await RingAsync().ConfigureAwait(false);
    }

    private async Task RingAsync()
    {
        stage = Stage.Ringing;
        var now = context.Time.GetUtcNow();
        await NoteAsync(r => r with { Offers = r.Offers + 1, OfferedAt = r.OfferedAt ?? now }).ConfigureAwait(false);
        leg = await channel.RingAgentAsync(
            new AgentLegRequest(offer.Endpoint, context.Request.CallerNumber, context.CustomerName ?? "", offer.RingTimeout),
            Token).ConfigureAwait(false);
    }

    private async Task ConnectAsync(string answeredLeg)
    {
        stage = Stage.Talking;
        if (greeting is { } playing)
        {
            // Asterisk holds a channel out of a bridge until its playback ends.
            greeting = null;
            await channel.StopPlaybackAsync(playing, Token).ConfigureAwait(false);
        }
        await channel.ConnectAgentAsync(answeredLeg, Token).ConfigureAwait(false);
        context.Distributor.OfferAnswered(CallId);
        var now = context.Time.GetUtcNow();
        await NoteAsync(r => r with { ConnectedAt = now, AgentExtension = offer.AgentExtension, Outcome = CallOutcome.Answered }).ConfigureAwait(false);
        context.Logger.LogInformation("Callback of call {CallId} connected to agent {Agent}", CallId, offer.AgentExtension);
    }

    private async Task EndedAsync(CallEnded ended)
    {
        var was = stage;
        stage = Stage.Done;
        // Before the distributor hears of it: its next offer must place a new call, not reach this one.
        finished = true;
        switch (was)
        {
            case Stage.Dialing:
                context.Logger.LogInformation("The callback reached nobody: {Detail}", ended.Detail);
                context.Distributor.CallbackFailed(CallId, ended.Detail ?? ended.Reason.ToString());
                break;
            case Stage.Ringing or Stage.Holding:
                context.Logger.LogInformation("The customer hung up the callback before an agent answered");
                context.Distributor.Left(CallId, CallOutcome.Abandoned);
                await NoteAsync(r => r with { Outcome = CallOutcome.Abandoned }).ConfigureAwait(false);
                break;
            case Stage.Talking:
                context.Distributor.TalkEnded(CallId);
                break;
        }
    }

    /// <summary>The record of the call that asked for the callback; a fresh one when it cannot be read.</summary>
    private async Task<CallRecord> OriginalRecordAsync()
    {
        try
        {
            if (await context.Journal.GetAsync(CallId, Token).ConfigureAwait(false) is { } found)
            {
                return found;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Logger.LogWarning("The record of call {CallId} could not be read ({Reason}); the callback writes what it knows", CallId, exception.Message);
        }
        return new CallRecord
        {
            CallId = CallId,
            CallerNumber = context.Request.CallerNumber,
            CustomerId = context.Request.CustomerId,
            Language = context.Request.Language,
            Queue = context.Request.Queue,
            Outcome = CallOutcome.CallbackRequested,
        };
    }

    /// <summary>
    /// Read afresh each time: the original call may have written its end (EndedAt) since, and a copy kept from
    /// before would write it away.
    /// </summary>
    private async Task NoteAsync(Func<CallRecord, CallRecord> change)
    {
        var record = change(await OriginalRecordAsync().ConfigureAwait(false));
        await context.Journal.RecordAsync(record, Token).ConfigureAwait(false);
    }
}
