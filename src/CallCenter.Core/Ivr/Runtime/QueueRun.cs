using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Calls;
using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Flows.Nodes;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Records;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// A caller waiting for an agent. The call distributor decides who answers and when; this run does what that
/// means on the caller's line — hold with music, ring the agent it names, connect them — and tells the
/// distributor how each offer went. All of it happens in the call's mailbox, in order with the caller's keys
/// and hangup, so a caller who gives up while an agent rings is never connected.
/// </summary>
internal sealed class QueueRun(IvrCall call, QueueNode node) : NodeRun(call)
{
    private Stage stage = Stage.Unavailable;
    private string? unavailablePlayback;
    private string? leg;
    private string? ringingAgent;
    private ICallbackCaller? callbackDialer;
    private string? confirmationPlayback;

    private enum Stage
    {
        /// <summary>Nobody could answer: the caller hears the node's prompts and takes its fallback.</summary>
        Unavailable,
        Waiting,
        Ringing,
        Talking,

        /// <summary>The distributor has been told the caller is gone or done.</summary>
        Settled,

        /// <summary>The caller is told they will be called back; the call ends after it.</summary>
        CallbackConfirmed,
    }

    /// <summary>Keys while waiting: 1 leaves a message instead, 2 hangs up to be called back. Keys while talking are the agent's business.</summary>
    public override bool TakesDigits => stage is Stage.Waiting or Stage.Ringing;

    private string CallId => Call.Caller.CallId;

    public override async Task<string?> StartAsync()
    {
        var now = Call.Services.Time.GetUtcNow();
        Call.Note(r => r with { Queue = node.Queue, EnqueuedAt = now });
        var distributor = Call.Services.Distributor;
        if (distributor?.Status(node.Queue) is not { AgentsServing: > 0 } status)
        {
            Call.Logger.LogInformation("Nobody can take calls of queue {Queue} now; going on to {Fallback}", node.Queue, node.Fallback.Target);
            StepOutcome = "no agent";
            unavailablePlayback = await Call.PlayAsync(Call.MediaFor(node.Items)).ConfigureAwait(false);
            return unavailablePlayback is null ? "fallback" : null;
        }

        stage = Stage.Waiting;
        await Call.Channel.HoldAsync(status.MusicOnHold, Call.Token).ConfigureAwait(false);
        var queued = new QueueRequest(
            CallId,
            node.Queue,
            Call.Caller.Number,
            Call.Record.CustomerId,
            Call.Variables.TryGetValue(CallVariables.Tier, out var tier) && Enum.TryParse<CustomerTier>(tier, ignoreCase: true, out var parsed) ? parsed : CustomerTier.Regular,
            Call.Language,
            await LastAgentAsync().ConfigureAwait(false),
            [.. Call.Steps]);
        callbackDialer = CallbackDialer(queued);
        var options = callbackDialer is not null && node.CallbackOptionsPrompt is not null ? node.CallbackOptionsPrompt : node.OptionsPrompt;
        await Call.PlayAsync(Call.MediaFor([node.HoldPrompt, options])).ConfigureAwait(false);
        distributor.Enqueue(queued, new QueuedCallerInbox(Call.Channel));
        await Call.SaveRecordAsync().ConfigureAwait(false);
        return null;
    }

    public override async Task<string?> OnPromptFinishedAsync(string playbackId)
    {
        if (stage == Stage.Unavailable && playbackId == unavailablePlayback)
        {
            return "fallback";
        }
        if (stage == Stage.CallbackConfirmed && playbackId == confirmationPlayback)
        {
            await Call.Channel.HangUpAsync(HangupCause.Normal, Call.Token).ConfigureAwait(false);
        }
        return null;
    }

    public override async Task<string?> OnDigitAsync(char digit)
    {
        if (node.OptionsPrompt is null)
        {
            return null;
        }
        switch (digit)
        {
            case '1':
                StepInput = "1";
                StepOutcome = "voicemail";
                Settle(CallOutcome.Voicemail);
                return await ToVoicemailAsync().ConfigureAwait(false);
            case '2' when callbackDialer is { } dialer:
                StepInput = "2";
                StepOutcome = "callback";
                return await ToCallbackAsync(dialer).ConfigureAwait(false);
            case '2':
                Call.Logger.LogInformation("The caller asked for a callback, but their number {CallerNumber} cannot be called back; they keep waiting", Call.Caller.Number);
                return null;
            default:
                return null;
        }
    }

    public override async Task<string?> OnInputAsync(CallInput input)
    {
        switch (input)
        {
            case QueueOffered { Offer: var offer }:
                return await RingAsync(offer).ConfigureAwait(false);
            case AgentLegFailed failed when failed.LegId == leg:
                Call.Logger.LogInformation("Agent {Agent} did not take the call: {Reason}", ringingAgent, failed.Reason);
                leg = null;
                ringingAgent = null;
                stage = Stage.Waiting;
                Call.Services.Distributor?.OfferMissed(CallId, failed.Reason.InWords());
                return null;
            case AgentAnswered answered when answered.LegId == leg && stage == Stage.Ringing:
                return await ConnectAsync(answered.LegId).ConfigureAwait(false);
            case AgentHungUp hungUp when hungUp.LegId == leg && stage == Stage.Talking:
                return await AgentLeftAsync().ConfigureAwait(false);
            case QueueAnnounced { Announcement: var announcement } when stage is Stage.Waiting or Stage.Ringing:
                var prompts = WaitAnnouncementPrompts.For(announcement, Call.Language, Call.Services.Speech);
                await Call.PlayAsync([.. prompts.Select(p => "sound:" + p)]).ConfigureAwait(false);
                return null;
            case QueueOverflowed { Target.Action: OverflowAction.Callback } when stage is Stage.Waiting or Stage.Ringing:
                return await OverflowToCallbackAsync().ConfigureAwait(false);
            case QueueOverflowed { Target: var target } when stage is Stage.Waiting or Stage.Ringing:
                Call.Logger.LogInformation("Queue {Queue} let go of the caller after its maximum wait: {Overflow}", node.Queue, target.Action);
                stage = Stage.Settled;
                StepOutcome = "overflow";
                Call.Note(r => r with { Outcome = CallOutcome.Overflowed });
                return await ToVoicemailAsync().ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>Whatever the way out — a hangup, a shutdown, the flow moving on — the distributor hears of it once.</summary>
    public override void Leave()
    {
        switch (stage)
        {
            case Stage.Waiting or Stage.Ringing:
                Call.Note(r => r with { Outcome = CallOutcome.Abandoned });
                Call.Services.Distributor?.Left(CallId, CallOutcome.Abandoned);
                break;
            case Stage.Talking:
                Call.Services.Distributor?.TalkEnded(CallId);
                break;
            case Stage.CallbackConfirmed:
                callbackDialer?.CallerHungUp();
                break;
        }
        stage = Stage.Settled;
    }

    private async Task<string?> RingAsync(AgentOffer offer)
    {
        if (stage != Stage.Waiting)
        {
            // An offer that crossed the caller's own news (a key, an earlier offer): give the agent back.
            Call.Services.Distributor?.OfferMissed(CallId, "caller busy");
            return null;
        }
        stage = Stage.Ringing;
        ringingAgent = offer.AgentExtension;
        var now = Call.Services.Time.GetUtcNow();
        Call.Note(r => r with { Offers = r.Offers + 1, OfferedAt = r.OfferedAt ?? now });
        var shownName = Call.Variables.TryGetValue(CallVariables.CustomerName, out var name) ? name : Call.Caller.Name;
        leg = await Call.Channel.RingAgentAsync(
            new AgentLegRequest(offer.Endpoint, Call.Caller.Number, shownName, offer.RingTimeout),
            Call.Token).ConfigureAwait(false);
        Call.Logger.LogInformation("Ringing agent {Agent} for up to {RingTimeout}", offer.AgentExtension, offer.RingTimeout);
        return null;
    }

    private async Task<string?> ConnectAsync(string answeredLeg)
    {
        stage = Stage.Talking;
        // A prompt still playing would hold the caller out of the bridge until it ends.
        await Call.StopPromptsAsync().ConfigureAwait(false);
        await Call.Channel.ConnectAgentAsync(answeredLeg, Call.Token).ConfigureAwait(false);
        var now = Call.Services.Time.GetUtcNow();
        Call.Note(r => r with { ConnectedAt = now, AgentExtension = ringingAgent, Outcome = CallOutcome.Answered });
        Call.Services.Distributor?.OfferAnswered(CallId);
        Call.Logger.LogInformation("Connected to agent {Agent}", ringingAgent);
        await Call.SaveRecordAsync().ConfigureAwait(false);
        return null;
    }

    private async Task<string?> AgentLeftAsync()
    {
        Call.Logger.LogInformation("Agent {Agent} left the call", ringingAgent);
        Call.Services.Distributor?.TalkEnded(CallId);
        stage = Stage.Settled;
        StepOutcome = "talked";
        if (node.Next is null)
        {
            await Call.Channel.HangUpAsync(HangupCause.Normal, Call.Token).ConfigureAwait(false);
            return null;
        }
        // Keys pressed while talking were meant for the agent, not for the next menu.
        Call.TypeAhead.Clear();
        await Call.Channel.LeaveBridgesAsync(Call.Token).ConfigureAwait(false);
        return "next";
    }

    private void Settle(CallOutcome outcome)
    {
        if (stage is Stage.Waiting or Stage.Ringing)
        {
            Call.Services.Distributor?.Left(CallId, outcome);
        }
        stage = Stage.Settled;
    }

    /// <summary>The queue's maximum wait is up and it calls back: the caller is told so, or, with no number to call, leaves a message.</summary>
    private async Task<string?> OverflowToCallbackAsync()
    {
        StepOutcome = "overflow";
        if (callbackDialer is { } dialer)
        {
            Call.Logger.LogInformation("Queue {Queue} let go of the caller after its maximum wait: they will be called back", node.Queue);
            return await ToCallbackAsync(dialer).ConfigureAwait(false);
        }
        Call.Logger.LogInformation("Queue {Queue} would call the caller back after its maximum wait, but {CallerNumber} cannot be called: voicemail", node.Queue, Call.Caller.Number);
        Settle(CallOutcome.Overflowed);
        Call.Note(r => r with { Outcome = CallOutcome.Overflowed });
        return await ToVoicemailAsync().ConfigureAwait(false);
    }

    /// <summary>Hands the caller's place to the callback dialer, tells them, and ends the call once they have heard it.</summary>
    private async Task<string?> ToCallbackAsync(ICallbackCaller dialer)
    {
        // The distributor releases an agent ringing for the live call; its leg must go too.
        if (leg is { } ringing)
        {
            await Call.Channel.CancelAgentAsync(ringing, Call.Token).ConfigureAwait(false);
        }
        leg = null;
        ringingAgent = null;
        stage = Stage.CallbackConfirmed;
        Call.Services.Distributor?.RequestCallback(CallId, dialer);
        Call.Note(r => r with { Outcome = CallOutcome.CallbackRequested });
        await Call.StopPromptsAsync().ConfigureAwait(false);
        await Call.Channel.LeaveBridgesAsync(Call.Token).ConfigureAwait(false);
        await Call.SaveRecordAsync().ConfigureAwait(false);
        confirmationPlayback = await Call.PlayAsync(Call.MediaFor([new TimedPrompt(QueueNode.CallbackConfirmedPrompt, null, null, node.Location)])).ConfigureAwait(false);
        if (confirmationPlayback is null)
        {
            await Call.Channel.HangUpAsync(HangupCause.Normal, Call.Token).ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>Who would call this caller back, or null when nobody can (no dialer, a number that cannot be called).</summary>
    private ICallbackCaller? CallbackDialer(QueueRequest queued)
    {
        if (Call.Services.Callbacks is not { } callbacks)
        {
            return null;
        }
        var shownName = Call.Variables.TryGetValue(CallVariables.CustomerName, out var name) ? name : Call.Caller.Name;
        return callbacks.For(queued, shownName);
    }

    private async Task<string?> ToVoicemailAsync()
    {
        if (leg is { } ringing)
        {
            await Call.Channel.CancelAgentAsync(ringing, Call.Token).ConfigureAwait(false);
        }
        leg = null;
        await Call.StopPromptsAsync().ConfigureAwait(false);
        // Asterisk records no channel that is in a bridge.
        await Call.Channel.LeaveBridgesAsync(Call.Token).ConfigureAwait(false);
        return "voicemail";
    }

    /// <summary>The agent who served this customer last, for last-agent routing; none when unknown or the database is away.</summary>
    private async Task<string?> LastAgentAsync()
    {
        if (Call.Record.CustomerId is not { } customer)
        {
            return null;
        }
        try
        {
            var recent = await Call.Services.Journal.RecentForCustomerAsync(customer, 5, Call.Token).ConfigureAwait(false);
            return recent.FirstOrDefault(r => r.AgentExtension is not null)?.AgentExtension;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Call.Logger.LogWarning("The customer's last agent could not be read ({Reason}); any agent will do", exception.Message);
            return null;
        }
    }
}
