using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Channels;

namespace CallCenter.Testing;

/// <summary>A call Asterisk placed to a simulated agent softphone.</summary>
public sealed class FakeAgentCall : FakePhoneCall
{
    private AgentCallOutcome _outcome = AgentCallOutcome.Pending;

    internal FakeAgentCall(Pbx pbx, PbxChannel channel, FakeAgentEndpoint endpoint)
        : base(pbx, channel) => Endpoint = endpoint;

    public FakeAgentEndpoint Endpoint { get; }

    public AgentCallOutcome Outcome => Locked(() => _outcome);

    /// <summary>Whether the phone is ringing now.</summary>
    public bool IsRinging => Locked(() => !Channel.Destroyed && !Channel.HangingUp && Channel.State == ChannelStates.Ringing);

    /// <summary>When the agent's phone started ringing, on the real wall clock; null until it rings.</summary>
    public DateTimeOffset? RingingSince => Locked(() => Channel.RingingSince);

    /// <summary>Caller id shown on the agent's phone (the leg's caller id, as set by the application).</summary>
    public string CallerIdNumber => Locked(() => Channel.CallerNumber);

    public string CallerIdName => Locked(() => Channel.CallerName);

    /// <summary>The agent picks up (for <see cref="AgentBehavior.Manual"/>, or to answer early).</summary>
    public Task AnswerAsync()
    {
        lock (Pbx.Sync)
        {
            Pbx.Dialer.Answer(Channel);
        }
        return Task.CompletedTask;
    }

    /// <summary>The agent rejects the ringing call with 486 Busy Here.</summary>
    public Task RejectAsync()
    {
        lock (Pbx.Sync)
        {
            if (Channel.Dial is { Answered: false, Finished: false } && !Channel.HangingUp)
            {
                Pbx.Lifecycle.Hangup(Channel, HangupInfo.Busy());
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Hangs up an answered call; a ringing call is rejected as busy, as a softphone's decline button does.</summary>
    public override Task HangUpAsync(int? cause = null)
    {
        lock (Pbx.Sync)
        {
            if (Channel.HangingUp || Channel.Destroyed)
            {
                return Task.CompletedTask;
            }
            if (Channel.Dial is { Answered: false, Finished: false })
            {
                Pbx.Lifecycle.Hangup(Channel, HangupInfo.Busy());
            }
            else
            {
                Pbx.Lifecycle.Hangup(Channel, HangupInfo.FromPhone(cause, Channel.Bridge is not null));
            }
        }
        return Task.CompletedTask;
    }

    public Task WaitForRingingAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitAsync(() => Channel.State == ChannelStates.Ringing || Channel.Destroyed, "ring", timeout, cancellationToken);

    internal void OnOutcome(AgentCallOutcome outcome)
    {
        if (_outcome == AgentCallOutcome.Pending)
        {
            _outcome = outcome;
        }
        OnChanged();
    }

    internal override void OnHungUp(HangupParty by, int? cause, string? reason)
    {
        if (_outcome == AgentCallOutcome.Pending)
        {
            _outcome = by switch
            {
                HangupParty.DialTimeout => AgentCallOutcome.NoAnswer,
                HangupParty.Phone when cause == HangupCauses.UserBusy => AgentCallOutcome.Busy,
                _ => AgentCallOutcome.Canceled,
            };
        }
        base.OnHungUp(by, cause, reason);
        Endpoint.OnChanged();
    }

    private protected override string Describe() => $"agent {Endpoint.Resource} ({_outcome}): {base.Describe()}";
}
