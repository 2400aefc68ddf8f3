using CallCenter.Core.Agents;
using CallCenter.Core.Records;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace CallCenter.Core.Acd.Agents;

/// <summary>
/// One agent's state as a Stateless machine. The agent is offered a call only when Available, and reserving
/// them for one (Ringing) is the only way in: a second offer is refused, never queued. Every request returns an
/// <see cref="AgentChangeResult"/>; a request the state does not allow is refused with the reason, not thrown.
/// Not thread-safe: the roster's single loop is its only caller.
/// </summary>
/// <remarks>
/// A logout or pause asked for while on a call is accepted and done when the call's wrap-up ends, rather than
/// refused: the agent should not have to watch for the call's end to leave, and the call must not be cut.
/// While the phone rings it is refused instead, since the offer settles within the ring timeout either way.
/// </remarks>
public sealed class AgentMachine
{
    /// <summary>The pause reason of an agent paused for letting offers go unanswered.</summary>
    public const string MissedCalls = "missed calls";

    public const string WrapUpTimeOver = "wrap-up time over";

    private readonly StateMachine<AgentState, Trigger> machine;
    private readonly StateMachine<AgentState, Trigger>.TriggerWithParameters<string, string> reserve;
    private readonly StateMachine<AgentState, Trigger>.TriggerWithParameters<TimeSpan> callEnded;
    private readonly TimeProvider time;
    private readonly TimeZoneInfo zone;
    private AgentState state = AgentState.LoggedOut;
    private string? reason;
    private AgentStateChange? change;
    private DateTimeOffset? idleBeforeOffer;
    private AfterWrapUp? afterWrapUp;
    private DateOnly answeredOn;
    private int answeredThatDay;

    /// <param name="zone">Where "today" is, for <see cref="AnsweredToday"/>: the call center's time zone.</param>
    public AgentMachine(AgentDefinition definition, int autoPauseAfterMissedOffers, TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.Extension);
        this.time = time;
        this.zone = zone;
        Definition = definition;
        AutoPauseAfterMissedOffers = autoPauseAfterMissedOffers;
        StateSince = time.GetUtcNow();
        machine = new StateMachine<AgentState, Trigger>(() => state, s => state = s);
        reserve = machine.SetTriggerParameters<string, string>(Trigger.Reserve);
        callEnded = machine.SetTriggerParameters<TimeSpan>(Trigger.CallEnded);
        Configure();
    }

    private enum Trigger
    {
        LogIn,
        LogInPaused,
        MakeAvailable,
        Pause,
        Reserve,
        OfferAnswered,
        OfferMissed,
        OfferWithdrawn,
        CallEnded,
        EndWrapUp,
        LogOut,
    }

    public string Extension => Definition.Extension;

    /// <summary>Name and skills as configured; the roster replaces it when the configuration changes.</summary>
    public AgentDefinition Definition { get; private set; }

    /// <summary>Offers in a row left unanswered before the agent is paused with <see cref="MissedCalls"/>. Zero: never.</summary>
    public int AutoPauseAfterMissedOffers { get; set; }

    public AgentState State => state;

    public DateTimeOffset StateSince { get; private set; }

    public TimeSpan TimeInState => time.GetUtcNow() - StateSince;

    public string? PauseReason { get; private set; }

    /// <summary>Since when the agent has been free, while Available; what longest-idle routing orders by.</summary>
    public DateTimeOffset? IdleSince { get; private set; }

    /// <summary>When the agent was last offered a call, from any queue.</summary>
    public DateTimeOffset? LastOfferedAt { get; private set; }

    /// <summary>
    /// Queue name to when the agent was last offered one of its calls, what round-robin orders by. Replaced, never
    /// changed, so views can share it.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastOfferedByQueue { get; private set; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>The call offered to, on, or being wrapped up by the agent.</summary>
    public string? CurrentCallId { get; private set; }

    public int ConsecutiveMissedOffers { get; private set; }

    /// <summary>When wrap-up ends by itself, while in wrap-up.</summary>
    public DateTimeOffset? WrapUpEndsAt { get; private set; }

    /// <summary>LoggedOut or Paused when the agent asked for it during a call, to happen as its wrap-up ends.</summary>
    public AgentState? StateAfterWrapUp => afterWrapUp?.State;

    /// <summary>Calls answered since midnight in the call center's time zone.</summary>
    public int AnsweredToday => answeredOn == Today ? answeredThatDay : 0;

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    private bool NextMissPauses => AutoPauseAfterMissedOffers > 0 && ConsecutiveMissedOffers + 1 >= AutoPauseAfterMissedOffers;

    /// <summary>Starts the agent's shift, free for calls, or paused with <paramref name="pauseReason"/> when given.</summary>
    public AgentChangeResult LogIn(string? pauseReason = null)
    {
        if (state != AgentState.LoggedOut)
        {
            return Refuse($"is already logged in ({Describe()})");
        }
        ConsecutiveMissedOffers = 0;
        return pauseReason is null
            ? Fire(Trigger.LogIn, "logged in")
            : string.IsNullOrWhiteSpace(pauseReason) ? Refuse("cannot be paused without a reason") : Fire(Trigger.LogInPaused, pauseReason);
    }

    /// <summary>The agent is ready for calls: ends a pause or their wrap-up, or cancels a logout or pause asked for during a call.</summary>
    public AgentChangeResult MakeAvailable()
    {
        switch (state)
        {
            case AgentState.Available:
                return Refuse("is already available");
            case AgentState.OnCall when afterWrapUp is not null:
                var cancelled = afterWrapUp;
                afterWrapUp = null;
                return AgentChangeResult.Deferred($"{Extension} stays logged in after call {CurrentCallId} instead of {cancelled.Describe()}");
            case AgentState.Paused or AgentState.WrapUp:
                ConsecutiveMissedOffers = 0;
                afterWrapUp = null;
                return Fire(Trigger.MakeAvailable, state == AgentState.WrapUp ? "wrap-up ended by the agent" : "made available");
            default:
                return Refuse($"cannot be made available while {Describe()}");
        }
    }

    /// <summary>Pauses the agent; during a call, once its wrap-up ends.</summary>
    public AgentChangeResult Pause(string pauseReason)
    {
        if (string.IsNullOrWhiteSpace(pauseReason))
        {
            return Refuse("cannot be paused without a reason");
        }
        switch (state)
        {
            case AgentState.Paused when PauseReason == pauseReason:
                return Refuse($"is already paused ({pauseReason})");
            case AgentState.OnCall:
                afterWrapUp = new AfterWrapUp(AgentState.Paused, pauseReason);
                return AgentChangeResult.Deferred($"{Extension} will be paused ({pauseReason}) when call {CurrentCallId} and its wrap-up end");
            case AgentState.Ringing:
                return Refuse($"cannot pause while call {CurrentCallId} is ringing; answer it or let it go first");
            default:
                return Fire(Trigger.Pause, pauseReason);
        }
    }

    /// <summary>Reserves the agent for <paramref name="callId"/> of <paramref name="queue"/> while their phone rings. Only an Available agent can be reserved.</summary>
    public AgentChangeResult Reserve(string callId, string queue)
    {
        if (string.IsNullOrWhiteSpace(callId) || string.IsNullOrWhiteSpace(queue))
        {
            return Refuse("cannot be offered a call without its id and queue");
        }
        return state switch
        {
            AgentState.Available => Fire(reserve, callId, queue, $"offered call {callId} from {queue}"),
            AgentState.Ringing => Refuse($"is already offered call {CurrentCallId}; an agent is offered one call at a time"),
            AgentState.OnCall or AgentState.WrapUp => Refuse($"is still busy with call {CurrentCallId} ({Describe()})"),
            _ => Refuse($"cannot be offered a call while {Describe()}"),
        };
    }

    /// <summary>The agent picked up the offered call.</summary>
    public AgentChangeResult OfferAnswered(string callId) =>
        OfferedCallIs(callId, "answered") ?? Fire(Trigger.OfferAnswered, $"answered call {callId}");

    /// <summary>
    /// The offer went unanswered (<paramref name="why"/>: no answer, busy, unreachable): the agent is free again,
    /// or paused with <see cref="MissedCalls"/> after <see cref="AutoPauseAfterMissedOffers"/> misses in a row.
    /// </summary>
    public AgentChangeResult OfferMissed(string callId, string why) =>
        OfferedCallIs(callId, "missed") ?? Fire(Trigger.OfferMissed, NextMissPauses ? MissedCalls : $"missed call {callId}: {why}");

    /// <summary>The caller hung up while the agent's phone rang: not the agent's miss, and they keep their place in line.</summary>
    public AgentChangeResult OfferWithdrawn(string callId) =>
        OfferedCallIs(callId, "withdrawn") ?? Fire(Trigger.OfferWithdrawn, $"caller left call {callId} while it rang");

    /// <summary>The call ended: wrap-up for <paramref name="wrapUp"/> (the queue's), or straight on when it is zero.</summary>
    public AgentChangeResult CallEnded(string callId, TimeSpan wrapUp)
    {
        if (state != AgentState.OnCall || CurrentCallId != callId)
        {
            return Refuse($"is not on call {callId} ({Describe()})");
        }
        if (wrapUp < TimeSpan.Zero)
        {
            return Refuse($"cannot wrap up for a negative time ({wrapUp})");
        }
        return Fire(callEnded, wrapUp, wrapUp > TimeSpan.Zero ? $"call {callId} ended" : afterWrapUp?.Reason ?? $"call {callId} ended, no wrap-up");
    }

    /// <summary>The agent ends their wrap-up; they go on as they asked during the call, or become available.</summary>
    public AgentChangeResult EndWrapUp() =>
        state == AgentState.WrapUp
            ? Fire(Trigger.EndWrapUp, afterWrapUp?.Reason ?? "wrap-up ended by the agent")
            : Refuse($"is not in wrap-up ({Describe()})");

    /// <summary>Ends the wrap-up if its time is over (the distributor's timer calls this at <see cref="WrapUpEndsAt"/>).</summary>
    public AgentChangeResult ExpireWrapUp()
    {
        if (state != AgentState.WrapUp)
        {
            return Refuse($"is not in wrap-up ({Describe()})");
        }
        return time.GetUtcNow() < WrapUpEndsAt
            ? Refuse($"is in wrap-up until {WrapUpEndsAt:O}")
            : Fire(Trigger.EndWrapUp, afterWrapUp?.Reason ?? WrapUpTimeOver);
    }

    /// <summary>Ends the agent's shift; during a call, once its wrap-up ends.</summary>
    public AgentChangeResult LogOut(string why = "logged out")
    {
        switch (state)
        {
            case AgentState.LoggedOut:
                return Refuse("is already logged out");
            case AgentState.Ringing:
                return Refuse($"cannot log out while call {CurrentCallId} is ringing; answer it or let it go first");
            case AgentState.OnCall:
                afterWrapUp = new AfterWrapUp(AgentState.LoggedOut, why);
                return AgentChangeResult.Deferred($"{Extension} will be logged out when call {CurrentCallId} and its wrap-up end");
            default:
                return Fire(Trigger.LogOut, why);
        }
    }

    public AgentView View() =>
        new(Extension, Definition.Name, state, Definition.Skills, IdleSince, LastOfferedAt, LastOfferedByQueue, AnsweredToday, CurrentCallId, PauseReason, StateSince);

    /// <summary>Takes the agent's new name and skills; their state is untouched.</summary>
    public void Redefine(AgentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Extension != Extension)
        {
            throw new ArgumentException($"Agent {Extension} cannot be redefined as {definition.Extension}.", nameof(definition));
        }
        Definition = definition;
    }

    /// <summary>The states and transitions as a Mermaid diagram, from Stateless' own graph export.</summary>
    public string Mermaid() => MermaidGraph.Format(machine.GetInfo());

    private void Configure()
    {
        machine.OnTransitioned(t =>
        {
            StateSince = time.GetUtcNow();
            change = new AgentStateChange(Extension, t.Source, t.Destination, reason, StateSince);
        });

        machine.Configure(AgentState.LoggedOut)
            .OnEntry(Forget, "forget the call")
            .Permit(Trigger.LogIn, AgentState.Available)
            .Permit(Trigger.LogInPaused, AgentState.Paused);

        machine.Configure(AgentState.Available)
            .OnEntry(
                t =>
                {
                    Forget();
                    IdleSince = t.Trigger == Trigger.OfferWithdrawn && idleBeforeOffer is { } kept ? kept : StateSince;
                },
                "idle since now, or as before a withdrawn offer")
            .OnExit(
                () =>
                {
                    idleBeforeOffer = IdleSince;
                    IdleSince = null;
                },
                "no longer idle")
            .Permit(Trigger.Pause, AgentState.Paused)
            .Permit(Trigger.Reserve, AgentState.Ringing)
            .Permit(Trigger.LogOut, AgentState.LoggedOut);

        machine.Configure(AgentState.Ringing)
            .OnEntryFrom(
                reserve,
                (callId, queue) =>
                {
                    CurrentCallId = callId;
                    LastOfferedAt = StateSince;
                    LastOfferedByQueue = new Dictionary<string, DateTimeOffset>(LastOfferedByQueue) { [queue] = StateSince };
                },
                "the offered call, and when")
            .OnExit(
                t =>
                {
                    if (t.Trigger == Trigger.OfferMissed)
                    {
                        ConsecutiveMissedOffers++;
                    }
                },
                "count a miss")
            .Permit(Trigger.OfferAnswered, AgentState.OnCall)
            .PermitDynamic(
                Trigger.OfferMissed,
                () => NextMissPauses ? AgentState.Paused : AgentState.Available,
                "missed offers in a row",
                Destinations((AgentState.Available, "below the limit"), (AgentState.Paused, MissedCalls)))
            .Permit(Trigger.OfferWithdrawn, AgentState.Available);

        machine.Configure(AgentState.OnCall)
            .OnEntry(
                () =>
                {
                    ConsecutiveMissedOffers = 0;
                    CountAnswered();
                },
                "count the answer, forget the misses")
            .PermitDynamic(
                callEnded,
                wrapUp => wrapUp > TimeSpan.Zero ? AgentState.WrapUp : afterWrapUp?.State ?? AgentState.Available,
                "the queue's wrap-up time",
                Destinations(
                    (AgentState.WrapUp, "wrap-up time"),
                    (AgentState.Available, "no wrap-up"),
                    (AgentState.Paused, "no wrap-up, pause asked for"),
                    (AgentState.LoggedOut, "no wrap-up, logout asked for")));

        machine.Configure(AgentState.WrapUp)
            .OnEntryFrom(callEnded, wrapUp => WrapUpEndsAt = StateSince + wrapUp, "wrap-up ends")
            .OnExit(() => WrapUpEndsAt = null, "wrap-up over")
            .PermitDynamic(
                Trigger.EndWrapUp,
                () => afterWrapUp?.State ?? AgentState.Available,
                "what the agent asked for during the call",
                Destinations((AgentState.Available, "nothing"), (AgentState.Paused, "pause"), (AgentState.LoggedOut, "logout")))
            .Permit(Trigger.MakeAvailable, AgentState.Available)
            .Permit(Trigger.Pause, AgentState.Paused)
            .Permit(Trigger.LogOut, AgentState.LoggedOut);

        machine.Configure(AgentState.Paused)
            .OnEntry(
                () =>
                {
                    Forget();
                    PauseReason = reason;
                },
                "the pause reason")
            .OnExit(() => PauseReason = null, "no pause reason")
            .Permit(Trigger.MakeAvailable, AgentState.Available)
            .PermitReentry(Trigger.Pause)
            .Permit(Trigger.LogOut, AgentState.LoggedOut);
    }

    private static DynamicStateInfos Destinations(params (AgentState State, string When)[] destinations)
    {
        var infos = new DynamicStateInfos();
        foreach (var (destination, when) in destinations)
        {
            infos.Add(destination, when);
        }
        return infos;
    }

    private void Forget()
    {
        CurrentCallId = null;
        afterWrapUp = null;
    }

    private void CountAnswered()
    {
        var today = Today;
        if (answeredOn != today)
        {
            answeredOn = today;
            answeredThatDay = 0;
        }
        answeredThatDay++;
    }

    private AgentChangeResult? OfferedCallIs(string callId, string what)
    {
        if (state != AgentState.Ringing)
        {
            return Refuse($"has no call ringing to be {what} ({Describe()})");
        }
        return CurrentCallId == callId ? null : Refuse($"was offered call {CurrentCallId}, not {callId}");
    }

    private AgentChangeResult Fire(Trigger trigger, string why) => Fire(() => machine.Fire(trigger), trigger, why);

    private AgentChangeResult Fire<T>(StateMachine<AgentState, Trigger>.TriggerWithParameters<T> trigger, T argument, string why) =>
        Fire(() => machine.Fire(trigger, argument), trigger.Trigger, why);

    private AgentChangeResult Fire<T1, T2>(StateMachine<AgentState, Trigger>.TriggerWithParameters<T1, T2> trigger, T1 first, T2 second, string why) =>
        Fire(() => machine.Fire(trigger, first, second), trigger.Trigger, why);

    private AgentChangeResult Fire(Action fire, Trigger trigger, string why)
    {
        if (!machine.CanFire(trigger))
        {
            return Refuse($"cannot {Words(trigger)} while {Describe()}");
        }
        reason = why;
        change = null;
        fire();
        return AgentChangeResult.Changed(change ?? throw new InvalidOperationException($"Agent {Extension}: {trigger} made no transition."));
    }

    private AgentChangeResult Refuse(string why) => AgentChangeResult.Refused($"Agent {Extension} {why}.");

    private string Describe() => state switch
    {
        AgentState.LoggedOut => "logged out",
        AgentState.Available => "available",
        AgentState.Ringing => $"ringing with call {CurrentCallId}",
        AgentState.OnCall => $"on call {CurrentCallId}",
        AgentState.WrapUp => $"wrapping up call {CurrentCallId}",
        AgentState.Paused => $"paused ({PauseReason})",
        _ => state.ToString(),
    };

    private static string Words(Trigger trigger) => trigger switch
    {
        Trigger.LogIn or Trigger.LogInPaused => "log in",
        Trigger.MakeAvailable => "be made available",
        Trigger.Pause => "pause",
        Trigger.Reserve => "be offered a call",
        Trigger.OfferAnswered => "answer an offer",
        Trigger.OfferMissed => "miss an offer",
        Trigger.OfferWithdrawn => "have an offer withdrawn",
        Trigger.CallEnded => "end a call",
        Trigger.EndWrapUp => "end wrap-up",
        Trigger.LogOut => "log out",
        _ => trigger.ToString(),
    };

    private sealed record AfterWrapUp(AgentState State, string Reason)
    {
        public string Describe() => State == AgentState.LoggedOut ? "logging out" : $"pausing ({Reason})";
    }
}
