using System.Security.Cryptography;
using System.Text;
using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Control;
using CallCenter.Testing.Endpoints;
using CallCenter.Testing.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Testing;

/// <summary>
/// An in-process Asterisk 22 as seen through ARI: REST under <see cref="AriUri"/>, events on /ari/events, simulated
/// SIP callers and agent phones, and a control surface for tests (requests received, dropped sockets, restarts).
/// Its events follow the recorded traces of a real Asterisk 22.10.1 (see Traces/README.md and README.md).
/// </summary>
public sealed class FakeAsterisk : IAsyncDisposable
{
    private readonly Pbx _pbx;
    private readonly AriServer _server;
    private readonly RequestLog _requests;
    private readonly ConditionWaiters _waiters;
    private readonly string? _ownedRecordings;
    private readonly ILogger _logger;
    private int _disposed;

    private FakeAsterisk(Pbx pbx, AriServer server, RequestLog requests, ConditionWaiters waiters, string? ownedRecordings, ILogger logger)
    {
        _pbx = pbx;
        _server = server;
        _requests = requests;
        _waiters = waiters;
        _ownedRecordings = ownedRecordings;
        _logger = logger;
    }

    /// <summary>http://127.0.0.1:PORT/ari/</summary>
    public Uri AriUri => new(_server.BaseAddress, "ari/");

    /// <summary>ws://127.0.0.1:PORT/ari/events (add ?app=NAME).</summary>
    public Uri EventsUri => new UriBuilder(new Uri(_server.BaseAddress, "ari/events")) { Scheme = "ws" }.Uri;

    public string AppName => _pbx.Options.AppName;

    /// <summary>The trunk callers arrive on; numbers added with <see cref="AddCallee"/> are dialed through it.</summary>
    public string CallerEndpoint => _pbx.Options.CallerEndpoint;

    public string User => _pbx.Options.User;

    public string Password => _pbx.Options.Password;

    /// <summary>Where recordings land (NAME.wav).</summary>
    public string RecordingsDirectory => _pbx.Storage.Directory;

    /// <summary>The asterisk_id every event carries.</summary>
    public string AsteriskId => _pbx.AsteriskId;

    /// <summary>When this Asterisk (re)started, as /asterisk/info reports it.</summary>
    public DateTimeOffset StartupTime => Locked(() => _pbx.StartupTime);

    /// <summary>False between <see cref="GoDownAsync"/> and <see cref="ComeBackAsync"/>: every connection is dropped.</summary>
    public bool IsUp => Locked(() => _pbx.IsUp);

    /// <summary>Every request served so far, including the websocket upgrades.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.Snapshot();

    /// <summary>Requests received and not answered yet (Status 0): e.g. an addChannel waiting for a prompt to end.</summary>
    public IReadOnlyList<RecordedRequest> RequestsInProgress => _requests.InProgress();

    /// <summary>Every channel alive now.</summary>
    public IReadOnlyList<ChannelSnapshot> Channels => Locked(() => _pbx.Channels.Values.Select(Snapshot).ToArray());

    /// <summary>Every bridge alive now.</summary>
    public IReadOnlyList<BridgeSnapshot> Bridges => Locked(() => _pbx.Bridges.Values.Select(Snapshot).ToArray());

    /// <summary>Every call placed with <see cref="PlaceCallAsync"/>, oldest first.</summary>
    public IReadOnlyList<FakeCaller> Callers => Locked(() => _pbx.Callers.ToArray());

    /// <summary>Every agent endpoint added with <see cref="AddEndpoint"/>.</summary>
    public IReadOnlyList<FakeAgentEndpoint> Endpoints => Locked(() => _pbx.Endpoints.Values.Where(e => e.Trunk is null).Select(e => e.Agent).OfType<FakeAgentEndpoint>().ToArray());

    public static async Task<FakeAsterisk> StartAsync(FakeAsteriskOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeAsteriskOptions();
        if (!double.IsFinite(options.PlaybackSpeed) || options.PlaybackSpeed <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PlaybackSpeed, "PlaybackSpeed must be a positive number (1.0 is real time).");
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppName, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CallerEndpoint, nameof(options));
        var owned = options.RecordingsDirectory is null
            ? Path.Combine(Path.GetTempPath(), "fake-asterisk-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant())
            : null;
        var recordings = options.RecordingsDirectory ?? owned!;
        Directory.CreateDirectory(recordings);
        var logger = options.LoggerFactory?.CreateLogger<FakeAsterisk>() ?? NullLogger<FakeAsterisk>.Instance;
        var pbx = new Pbx(options, recordings, logger);
        pbx.Endpoints["PJSIP/" + options.CallerEndpoint] = new PbxEndpoint("PJSIP", options.CallerEndpoint, pbx.Dialplan.Context);
        var router = new AriRouter();
        new AsteriskResource(pbx).Register(router);
        new ApplicationsResource(pbx).Register(router);
        new ChannelsResource(pbx).Register(router);
        new BridgesResource(pbx).Register(router);
        new PlaybacksResource(pbx).Register(router);
        new RecordingsResource(pbx).Register(router);
        new EndpointsResource(pbx).Register(router);
        new DeviceStatesResource(pbx).Register(router);
        var requests = new RequestLog();
        var waiters = new ConditionWaiters(pbx.Sync);
        void ApplicationsChanged()
        {
            lock (pbx.Sync)
            {
                waiters.Check();
            }
        }
        var server = await AriServer.StartAsync(pbx, router, requests, ApplicationsChanged, options.LoggerFactory, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("FakeAsterisk listening on {AriUri}", server.BaseAddress);
        return new FakeAsterisk(pbx, server, requests, waiters, owned, logger);
    }

    /// <summary>Whether a websocket is connected for <paramref name="application"/> (default: <see cref="AppName"/>).</summary>
    public bool IsApplicationConnected(string? application = null) => Locked(() => _pbx.Apps.IsRegistered(application ?? AppName));

    /// <summary>Waits until the application's websocket is connected, so calls placed next reach it.</summary>
    public Task WaitForApplicationAsync(TimeSpan timeout, string? application = null, CancellationToken cancellationToken = default)
    {
        var name = application ?? AppName;
        return _waiters.WaitAsync(() => _pbx.Apps.IsRegistered(name), timeout,
            () => $"No websocket connected for application '{name}' within {timeout.TotalSeconds:0.###} s.", cancellationToken);
    }

    /// <summary>
    /// A SIP call arrives on <see cref="FakeAsteriskOptions.CallerEndpoint"/> for <paramref name="extension"/>. The dialplan
    /// sends it to Stasis (StasisStart, channel state Ring); with no route, or no websocket for the application, the
    /// call ends at once as Asterisk would end it (see <see cref="FakeCaller.StasisFailed"/>).
    /// </summary>
    public Task<FakeCaller> PlaceCallAsync(string extension, string callerNumber, string callerName = "", string? language = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        ArgumentNullException.ThrowIfNull(callerNumber);
        ArgumentNullException.ThrowIfNull(callerName);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_pbx.Sync)
        {
            if (!_pbx.IsUp)
            {
                throw new InvalidOperationException("Asterisk is down: the call cannot be placed.");
            }
            var endpoint = _pbx.FindEndpoint("PJSIP", _pbx.Options.CallerEndpoint)!;
            var protocolId = $"{Random.Shared.Next(1, 99999)}-{Random.Shared.Next(1000, 99999)}@127.0.0.1";
            var channel = _pbx.Lifecycle.Create(ChannelKind.Inbound, null, "PJSIP/" + endpoint.Resource, endpoint, protocolId);
            channel.State = ChannelStates.Ring;
            channel.CallerName = callerName;
            channel.CallerNumber = callerNumber;
            channel.Context = _pbx.Dialplan.Context;
            channel.Exten = extension;
            channel.Priority = _pbx.Dialplan.StasisPriority;
            channel.Language = language ?? _pbx.Options.DefaultLanguage;
            var caller = new FakeCaller(_pbx, channel, extension, callerNumber, callerName);
            channel.Phone = caller;
            _pbx.Lifecycle.Announce(channel);
            _pbx.Callers.Add(caller);
            if (_pbx.Dialplan.Find(extension) is not { } route)
            {
                channel.Priority = 1;
                _pbx.Lifecycle.Hangup(channel, HangupInfo.FromDialplan(HangupCauses.Unallocated));
                return Task.FromResult(caller);
            }
            channel.AppName = "Stasis";
            channel.AppData = route.AppData;
            _pbx.Dialer.RunStasis(channel, route.Application, route.Arguments);
            return Task.FromResult(caller);
        }
    }

    /// <summary>Registers an agent softphone as PJSIP/<paramref name="resource"/>; its outgoing channels show <paramref name="context"/>.</summary>
    public FakeAgentEndpoint AddEndpoint(string resource, AgentBehavior behavior, string context = "agents-in")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        ArgumentNullException.ThrowIfNull(behavior);
        lock (_pbx.Sync)
        {
            var id = "PJSIP/" + resource;
            if (_pbx.Endpoints.ContainsKey(id))
            {
                throw new InvalidOperationException($"Endpoint {id} already exists.");
            }
            var endpoint = new PbxEndpoint("PJSIP", resource, context) { Behavior = behavior };
            var agent = new FakeAgentEndpoint(_pbx, endpoint);
            endpoint.Agent = agent;
            _pbx.Endpoints[id] = endpoint;
            return agent;
        }
    }

    /// <summary>
    /// A phone reached by dialing PJSIP/<paramref name="number"/>@{trunk} (the trunk is
    /// <see cref="FakeAsteriskOptions.CallerEndpoint"/>): a customer the application calls back. It behaves as an agent
    /// phone does (answer after a delay, busy, no answer, manual); a number never added cannot be reached (500
    /// "Allocation failed", as a trunk with no contact answers: the fake has no network behind its trunk).
    /// </summary>
    public FakeAgentEndpoint AddCallee(string number, AgentBehavior behavior)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentNullException.ThrowIfNull(behavior);
        lock (_pbx.Sync)
        {
            var trunk = _pbx.FindEndpoint("PJSIP", _pbx.Options.CallerEndpoint)!;
            var resource = $"{number}@{trunk.Resource}";
            if (_pbx.Endpoints.ContainsKey("PJSIP/" + resource))
            {
                throw new InvalidOperationException($"Callee {resource} already exists.");
            }
            var endpoint = new PbxEndpoint("PJSIP", resource, trunk.Context) { Behavior = behavior, Trunk = trunk.Resource };
            var callee = new FakeAgentEndpoint(_pbx, endpoint);
            endpoint.Agent = callee;
            _pbx.Endpoints[endpoint.Id] = endpoint;
            return callee;
        }
    }

    /// <summary>The agent endpoint PJSIP/<paramref name="resource"/>.</summary>
    public FakeAgentEndpoint GetEndpoint(string resource) =>
        Locked(() => _pbx.FindEndpoint("PJSIP", resource)?.Agent) ?? throw new KeyNotFoundException($"No agent endpoint PJSIP/{resource}.");

    /// <summary>Drops every /ari/events websocket without a close frame; subscriptions and calls stay.</summary>
    public Task DropConnectionsAsync()
    {
        lock (_pbx.Sync)
        {
            foreach (var stream in _pbx.Apps.All.Select(a => a.Stream).OfType<Stasis.EventStream>().Distinct().ToList())
            {
                stream.Abort();
            }
            _waiters.Check();
        }
        _logger.LogInformation("FakeAsterisk dropped its websockets");
        return Task.CompletedTask;
    }

    /// <summary>Asterisk crashes: every channel and bridge is gone without an event, websockets drop, connections are refused.</summary>
    public Task GoDownAsync()
    {
        lock (_pbx.Sync)
        {
            _pbx.Crash();
            _waiters.Check();
        }
        _logger.LogInformation("FakeAsterisk went down");
        return Task.CompletedTask;
    }

    /// <summary>Asterisk is back with a new startup time and a fresh channel counter.</summary>
    public Task ComeBackAsync()
    {
        lock (_pbx.Sync)
        {
            _pbx.Boot();
        }
        _logger.LogInformation("FakeAsterisk came back up");
        return Task.CompletedTask;
    }

    /// <summary>Crash and start again, staying down for <paramref name="downTime"/> (on the fake's clock) in between.</summary>
    public async Task RestartAsync(TimeSpan? downTime = null, CancellationToken cancellationToken = default)
    {
        await GoDownAsync().ConfigureAwait(false);
        if (downTime is { } wait && wait > TimeSpan.Zero)
        {
            await _pbx.Clock.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
        await ComeBackAsync().ConfigureAwait(false);
    }

    /// <summary>Pushes a raw text frame (e.g. malformed JSON) to the websocket of <paramref name="application"/>, or to every websocket.</summary>
    public Task SendRawAsync(string text, string? application = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var frame = Encoding.UTF8.GetBytes(text);
        lock (_pbx.Sync)
        {
            var streams = _pbx.Apps.All
                .Where(a => application is null || a.Name == application)
                .Select(a => a.Stream)
                .OfType<Stasis.EventStream>()
                .Where(s => s.IsOpen)
                .Distinct()
                .ToList();
            if (streams.Count == 0)
            {
                throw new InvalidOperationException(application is null ? "No websocket is connected." : $"No websocket is connected for '{application}'.");
            }
            foreach (var stream in streams)
            {
                stream.Enqueue(frame);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Waits until a request matching <paramref name="match"/> has arrived (answered or still in progress).</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        return _requests.WaitAsync(match, timeout, cancellationToken);
    }

    /// <summary>Forgets the requests recorded so far.</summary>
    public void ClearRequests() => _requests.Clear();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        lock (_pbx.Sync)
        {
            _pbx.Crash();
            _waiters.Check();
        }
        await _server.DisposeAsync().ConfigureAwait(false);
        if (_ownedRecordings is not null)
        {
            try
            {
                Directory.Delete(_ownedRecordings, recursive: true);
            }
            catch (IOException exception)
            {
                _logger.LogWarning(exception, "Could not delete the recordings directory {Directory}", _ownedRecordings);
            }
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_pbx.Sync)
        {
            return read();
        }
    }

    private static ChannelSnapshot Snapshot(PbxChannel c) => new(
        c.Id, c.Name, c.State, c.CallerName, c.CallerNumber, c.ConnectedName, c.ConnectedNumber, c.Context, c.Exten, c.Priority,
        c.AppName, c.AppData, c.Language, c.CreationTime, c.StasisApp, c.Bridge?.Id, c.MohClass, c.RingbackIndicated, c.OnHold,
        new Dictionary<string, string>(c.Variables, StringComparer.Ordinal));

    private static BridgeSnapshot Snapshot(PbxBridge b) => new(
        b.Id, b.Name, b.BridgeType, b.Technology, b.Channels.Select(c => c.Id).ToArray(), b.MohClass, b.CreationTime);
}
