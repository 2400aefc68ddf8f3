using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Endpoints;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing;

/// <summary>A simulated agent softphone registered as a PJSIP endpoint (PJSIP/1001…), with a behaviour the test can change.</summary>
public sealed class FakeAgentEndpoint
{
    private readonly Pbx _pbx;
    private readonly PbxEndpoint _endpoint;
    private readonly List<FakeAgentCall> _calls = [];
    private readonly ConditionWaiters _waiters;
    private int _handedOut;
    private int _mostAtOnce;

    internal FakeAgentEndpoint(Pbx pbx, PbxEndpoint endpoint)
    {
        _pbx = pbx;
        _endpoint = endpoint;
        _waiters = new ConditionWaiters(pbx.Sync);
    }

    public string Technology => _endpoint.Technology;

    public string Resource => _endpoint.Resource;

    /// <summary>"PJSIP/1001": what the application dials.</summary>
    public string Name => _endpoint.Id;

    /// <summary>What the phone does when called. Changing it to or from unreachable publishes EndpointStateChange.</summary>
    public AgentBehavior Behavior
    {
        get => Locked(() => _endpoint.Behavior!);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (_pbx.Sync)
            {
                var wasOnline = _endpoint.IsReachable;
                _endpoint.Behavior = value;
                if (wasOnline != _endpoint.IsReachable)
                {
                    _pbx.Events.Emit(EventScope.OfEndpoint(_endpoint), "EndpointStateChange", w =>
                    {
                        w.WritePropertyName("endpoint");
                        AriJson.WriteEndpoint(w, _endpoint);
                    });
                }
            }
        }
    }

    public bool IsOnline => Locked(() => _endpoint.IsReachable);

    /// <summary>Every call this phone received, oldest first.</summary>
    public IReadOnlyList<FakeAgentCall> Calls => Locked(() => _calls.ToArray());

    /// <summary>The most calls this phone had at once, ringing or talking: counted as each call arrives, so none is missed.</summary>
    public int MostCallsAtOnce => Locked(() => _mostAtOnce);

    /// <summary>The latest call that is not over yet.</summary>
    public FakeAgentCall? CurrentCall => Locked(() => _calls.LastOrDefault(c => !c.Channel.Destroyed));

    /// <summary>Ids of the channels on this endpoint now, as GET /endpoints shows them.</summary>
    public IReadOnlyList<string> ChannelIds => Locked(() => _endpoint.Channels.Select(c => c.Id).ToArray());

    /// <summary>Waits for the next call this phone receives (each call is handed out once, in order).</summary>
    public async Task<FakeAgentCall> WaitForCallAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await _waiters.WaitAsync(() => _calls.Count > _handedOut, timeout,
            () => $"{Name} received no new call within {timeout.TotalSeconds:0.###} s ({_calls.Count} so far).", cancellationToken).ConfigureAwait(false);
        lock (_pbx.Sync)
        {
            return _calls[_handedOut++];
        }
    }

    /// <summary>Answers the call that is ringing now.</summary>
    public Task AnswerAsync() =>
        CurrentCall is { } call ? call.AnswerAsync() : throw new InvalidOperationException($"{Name} has no call to answer.");

    /// <summary>Hangs up the current call (rejecting it when it still rings).</summary>
    public Task HangUpAsync() =>
        CurrentCall is { } call ? call.HangUpAsync() : throw new InvalidOperationException($"{Name} has no call to hang up.");

    internal void OnCall(FakeAgentCall call)
    {
        _calls.Add(call);
        _mostAtOnce = Math.Max(_mostAtOnce, _calls.Count(c => !c.Channel.Destroyed));
        OnChanged();
    }

    internal void OnChanged() => _waiters.Check();

    private T Locked<T>(Func<T> read)
    {
        lock (_pbx.Sync)
        {
            return read();
        }
    }
}
