using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Channels;

namespace CallCenter.Testing;

/// <summary>A simulated customer calling in over SIP: the call enters the dialplan, and Stasis when the app is there.</summary>
public sealed class FakeCaller : FakePhoneCall
{
    private string? _stasisApplication;
    private IReadOnlyList<string> _stasisArguments = [];
    private bool _everInStasis;
    private bool _stasisFailed;
    private string? _redirectedTo;
    private DialplanLocation? _continuedTo;

    internal FakeCaller(Pbx pbx, PbxChannel channel, string extension, string callerNumber, string callerName)
        : base(pbx, channel)
    {
        Extension = extension;
        CallerNumber = callerNumber;
        CallerName = callerName;
    }

    /// <summary>The number dialed.</summary>
    public string Extension { get; }

    public string CallerNumber { get; }

    public string CallerName { get; }

    /// <summary>The application the call is in now, null when it is not in Stasis.</summary>
    public string? StasisApplication => Locked(() => _stasisApplication);

    /// <summary>The Stasis arguments the dialplan gave ("vip" for extension 200).</summary>
    public IReadOnlyList<string> StasisArguments => Locked(() => _stasisArguments);

    /// <summary>Whether the call ever reached the application.</summary>
    public bool ReachedStasis => Locked(() => _everInStasis);

    /// <summary>True when Stasis() failed because no websocket was connected for the application.</summary>
    public bool StasisFailed => Locked(() => _stasisFailed);

    /// <summary>Where POST /channels/{id}/redirect sent the call.</summary>
    public string? RedirectedTo => Locked(() => _redirectedTo);

    /// <summary>Where POST /channels/{id}/continue sent the call.</summary>
    public DialplanLocation? ContinuedTo => Locked(() => _continuedTo);

    public Task WaitForStasisAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _everInStasis, "enter Stasis", timeout, cancellationToken);

    public override Task HangUpAsync(int? cause = null)
    {
        lock (Pbx.Sync)
        {
            if (!Channel.HangingUp && !Channel.Destroyed)
            {
                Pbx.Lifecycle.Hangup(Channel, HangupInfo.FromPhone(cause, Channel.Bridge is not null));
            }
        }
        return Task.CompletedTask;
    }

    internal override void OnStasis(string? application, IReadOnlyList<string> arguments)
    {
        _stasisApplication = application;
        if (application is not null)
        {
            _stasisArguments = arguments;
            _everInStasis = true;
        }
        base.OnStasis(application, arguments);
    }

    internal override void OnStasisFailed()
    {
        _stasisFailed = true;
        base.OnStasisFailed();
    }

    internal void OnRedirected(string endpoint)
    {
        _redirectedTo = endpoint;
        OnChanged();
    }

    internal void OnContinued(DialplanLocation location)
    {
        _continuedTo = location;
        OnChanged();
    }

    private protected override string Describe() =>
        $"caller {CallerNumber} to {Extension}: {base.Describe()}, stasis {(_stasisFailed ? "failed" : _stasisApplication ?? "none")}";
}
