using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;
using Stateless;

namespace CallCenter.Telephony.Tests.Welcome;

/// <summary>
/// The simplest complete call: answer, play the welcome prompt, hang up. On shutdown a caller still on
/// the line hears goodbye first. The IVR flow replaces this behaviour; the shape (a Stateless machine
/// whose states all sit under InCall, so the end of the call is handled once) stays.
/// </summary>
internal sealed class WelcomeCall : ICallBehaviour
{
    private readonly CallerInfo caller;
    private readonly ICallChannel channel;
    private readonly WelcomeCallPrompts prompts;
    private readonly ILogger logger;
    private readonly StateMachine<State, Trigger> machine;
    private string? welcomePlayback;
    private string? goodbyePlayback;
    private bool answered;
    private CancellationToken handling;

    public WelcomeCall(CallerInfo caller, ICallChannel channel, WelcomeCallPrompts prompts, ILogger logger)
    {
        this.caller = caller;
        this.channel = channel;
        this.prompts = prompts;
        this.logger = logger;
        machine = new StateMachine<State, Trigger>(State.Arriving, FiringMode.Queued);

        machine.Configure(State.InCall)
            .Permit(Trigger.Ended, State.Ended);

        machine.Configure(State.Arriving)
            .SubstateOf(State.InCall)
            .Permit(Trigger.Arrived, State.Welcoming)
            .Permit(Trigger.Shutdown, State.HangingUp);

        machine.Configure(State.Welcoming)
            .SubstateOf(State.InCall)
            .OnEntryAsync(WelcomeAsync)
            .Permit(Trigger.WelcomeFinished, State.HangingUp)
            .Permit(Trigger.Shutdown, State.SayingGoodbye);

        machine.Configure(State.SayingGoodbye)
            .SubstateOf(State.InCall)
            .OnEntryAsync(SayGoodbyeAsync)
            .Permit(Trigger.GoodbyeFinished, State.HangingUp)
            .Ignore(Trigger.WelcomeFinished)
            .Ignore(Trigger.Shutdown);

        machine.Configure(State.HangingUp)
            .SubstateOf(State.InCall)
            .OnEntryAsync(() => channel.HangUpAsync(HangupCause.Normal, handling))
            .Ignore(Trigger.WelcomeFinished)
            .Ignore(Trigger.GoodbyeFinished)
            .Ignore(Trigger.Shutdown);

        machine.Configure(State.Ended)
            .OnEntry(() => logger.LogDebug("Welcome call ended"));

        machine.OnUnhandledTrigger((state, trigger) =>
            logger.LogDebug("Ignored {Trigger} in {State}", trigger, state));
    }

    private enum State
    {
        InCall,
        Arriving,
        Welcoming,
        SayingGoodbye,
        HangingUp,
        Ended,
    }

    private enum Trigger
    {
        Arrived,
        WelcomeFinished,
        Shutdown,
        GoodbyeFinished,
        Ended,
    }

    public bool IsFinished => machine.IsInState(State.Ended);

    public async Task HandleAsync(CallInput input, CancellationToken cancellationToken)
    {
        handling = cancellationToken;
        var trigger = input switch
        {
            CallArrived arrived => Arrived(arrived),
            PromptFinished finished when finished.PlaybackId == welcomePlayback => Finished(finished, Trigger.WelcomeFinished),
            PromptFinished finished when finished.PlaybackId == goodbyePlayback => Finished(finished, Trigger.GoodbyeFinished),
            ShutdownRequested => Trigger.Shutdown,
            CallEnded => Trigger.Ended,
            _ => (Trigger?)null,
        };
        if (trigger is { } fire)
        {
            await machine.FireAsync(fire).ConfigureAwait(false);
        }
    }

    private Trigger Arrived(CallArrived arrived)
    {
        answered = arrived.Answered;
        return Trigger.Arrived;
    }

    private Trigger Finished(PromptFinished finished, Trigger trigger)
    {
        if (finished.Outcome == PromptOutcome.Failed)
        {
            logger.LogWarning("Prompt {PlaybackId} could not be played to the caller", finished.PlaybackId);
        }
        return trigger;
    }

    private async Task WelcomeAsync()
    {
        logger.LogInformation("Welcoming caller on {DialedExtension}", caller.DialedExtension);
        if (!answered)
        {
            // A call taken back after a restart of ours was usually answered already; it only hears the welcome again.
            await channel.AnswerAsync(handling).ConfigureAwait(false);
        }
        welcomePlayback = await channel.PlayAsync([prompts.Welcome], caller.Language, handling).ConfigureAwait(false);
    }

    private async Task SayGoodbyeAsync()
    {
        if (welcomePlayback is not null)
        {
            await channel.StopPlaybackAsync(welcomePlayback, handling).ConfigureAwait(false);
        }
        goodbyePlayback = await channel.PlayAsync([prompts.Goodbye], caller.Language, handling).ConfigureAwait(false);
    }
}
