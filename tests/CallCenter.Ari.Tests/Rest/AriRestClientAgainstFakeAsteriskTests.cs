using CallCenter.Ari.Rest;
using CallCenter.Audio;
using CallCenter.Testing;

namespace CallCenter.Ari.Tests.Rest;

/// <summary>
/// The typed calls the recorded traces do not cover, made against FakeAsterisk (which is checked against the
/// traces itself): each must reach Asterisk as ARI expects and have the effect a caller or agent would notice.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class AriRestClientAgainstFakeAsteriskTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private FakeAsterisk asterisk = null!;
    private HttpClient http = null!;
    private AriRestClient client = null!;
    private System.Net.WebSockets.ClientWebSocket app = null!;

    [SetUp]
    public async Task StartAsync()
    {
        asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SoundsDirectory = RepositoryRoot.Prompts, PlaybackSpeed = 0.05 });
        http = new HttpClient();
        client = new AriRestClient(http, new AriOptions { Url = asterisk.AriUri, User = asterisk.User, Password = asterisk.Password, App = asterisk.AppName });
        // A connected application, so callers reach Stasis; its events are not read here.
        app = new System.Net.WebSockets.ClientWebSocket();
        app.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{asterisk.User}:{asterisk.Password}")));
        await app.ConnectAsync(new Uri(asterisk.EventsUri + "?app=callcenter"), CancellationToken.None);
        await asterisk.WaitForApplicationAsync(Timeout);
    }

    [TearDown]
    public async Task StopAsync()
    {
        app.Abort();
        app.Dispose();
        await asterisk.DisposeAsync();
        http.Dispose();
    }

    [Test]
    public async Task CreateThenDial_RingsTheAgentWithTheCallersNumber()
    {
        var agent = asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001", "Alice");

        var leg = await client.Channels.CreateAsync(new CreateChannelRequest("PJSIP/1001", "callcenter") { ChannelId = "agent-leg-1", AppArgs = ["agent"], Originator = caller.ChannelId });
        await client.Channels.SetVariableAsync(leg.Id, "CALLERID(num)", "+15551230001");
        await client.Channels.DialAsync(leg.Id, caller.ChannelId, timeoutSeconds: 20);
        var ringing = await agent.WaitForCallAsync(Timeout);
        await ringing.WaitForRingingAsync(Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(leg.Id, Is.EqualTo("agent-leg-1"));
            Assert.That(ringing.ChannelId, Is.EqualTo("agent-leg-1"));
            Assert.That(ringing.CallerIdNumber, Is.EqualTo("+15551230001"));
        });
    }

    [Test]
    public async Task CreateToAnUnregisteredPhone_IsAllocationFailed()
    {
        asterisk.AddEndpoint("1009", AgentBehavior.Unreachable());

        var error = Assert.ThrowsAsync<AriServerErrorException>(() => client.Channels.CreateAsync(new CreateChannelRequest("PJSIP/1009", "callcenter")));

        Assert.That(error!.AsteriskMessage, Is.EqualTo("Allocation failed"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task SendDtmf_ReachesThePhone()
    {
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
        await client.Channels.AnswerAsync(caller.ChannelId);

        await client.Channels.SendDtmfAsync(caller.ChannelId, "12#", betweenMs: 50, durationMs: 80);

        await caller.WaitUntilAsync(c => c.DtmfReceived == "12#", "hear the digits", Timeout);
    }

    [Test]
    public async Task ContinueInDialplan_LeavesTheApplication()
    {
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");

        await client.Channels.ContinueAsync(caller.ChannelId, "callcenter-unavailable", "s", 1);

        Assert.That(caller.ContinuedTo, Is.EqualTo(new DialplanLocation("callcenter-unavailable", "s", 1)));
    }

    [Test]
    public async Task RedirectAndVariables_Work()
    {
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001", "Alice");

        var number = await client.Channels.GetVariableAsync(caller.ChannelId, "CALLERID(num)");
        await client.Channels.SetVariableAsync(caller.ChannelId, "CUSTOMER_TIER", "vip");
        var tier = await client.Channels.GetVariableAsync(caller.ChannelId, "CUSTOMER_TIER");
        await client.Channels.RedirectAsync(caller.ChannelId, "PJSIP/1002");

        Assert.Multiple(() =>
        {
            Assert.That(number, Is.EqualTo("+15551230001"));
            Assert.That(tier, Is.EqualTo("vip"));
            Assert.That(caller.RedirectedTo, Is.EqualTo("PJSIP/1002"));
        });
    }

    [Test]
    public async Task Snoop_MakesASpyChannelInTheApplication()
    {
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
        await client.Channels.AnswerAsync(caller.ChannelId);

        var spy = await client.Channels.SnoopAsync(caller.ChannelId, new SnoopRequest("snoop-1", "callcenter") { Spy = AudioDirection.Both });

        Assert.That(asterisk.Channels.Select(c => c.Id), Does.Contain(spy.Id).And.Contain("snoop-1"));
    }

    [Test]
    public async Task PlaybackControl_PauseAndStop()
    {
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
        await client.Channels.AnswerAsync(caller.ChannelId);
        await client.Channels.PlayAsync(caller.ChannelId, "pb-1", ["sound:welcome", "sound:goodbye"], "en");

        await client.Playbacks.ControlAsync("pb-1", PlaybackOperation.Pause);
        var paused = await client.Playbacks.GetAsync("pb-1");
        await client.Playbacks.StopAsync("pb-1");
        var gone = Assert.ThrowsAsync<AriNotFoundException>(() => client.Playbacks.GetAsync("pb-1"));

        Assert.Multiple(() =>
        {
            Assert.That(paused.State, Is.EqualTo("paused").Or.EqualTo("playing"));
            Assert.That(gone!.AsteriskMessage, Does.Contain("not").IgnoreCase);
        });
    }

    [Test]
    public async Task Recording_StoredFileIsARealWavThatCanBeCopiedAndDeleted()
    {
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
        await client.Channels.AnswerAsync(caller.ChannelId);
        await client.Channels.RecordAsync(caller.ChannelId, new RecordRequest("voicemail-1") { TerminateOn = RecordingTermination.Hash, MaxDurationSeconds = 30 });
        await caller.SpeakAsync(TimeSpan.FromMilliseconds(300));

        await client.Recordings.StopLiveAsync("voicemail-1");
        await Eventually.TrueAsync(async () => (await client.Recordings.ListStoredAsync()).Any(r => r.Name == "voicemail-1"), "the recording is stored", Timeout);
        var bytes = await client.Recordings.GetStoredFileAsync("voicemail-1");
        var copy = await client.Recordings.CopyStoredAsync("voicemail-1", "ticket-42");
        await client.Recordings.DeleteStoredAsync("voicemail-1");
        var stored = await client.Recordings.ListStoredAsync();

        var audio = WavReader.Read(new MemoryStream(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(audio.Format, Is.EqualTo(WavFormat.Telephony));
            Assert.That(copy.Name, Is.EqualTo("ticket-42"));
            Assert.That(stored.Select(r => r.Name), Is.EqualTo(new[] { "ticket-42" }));
        });
    }

    [Test]
    public async Task EndpointsAndDeviceStates_AreReadAndWritten()
    {
        asterisk.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(1)));
        asterisk.AddEndpoint("1002", AgentBehavior.Unreachable());

        var online = await client.Endpoints.GetAsync("PJSIP", "1001");
        var offline = await client.Endpoints.GetAsync("PJSIP", "1002");
        await client.DeviceStates.UpdateAsync("Stasis:agent-1001", "INUSE");
        var lamp = await client.DeviceStates.GetAsync("Stasis:agent-1001");
        var all = await client.Endpoints.ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(online.State, Is.EqualTo("online"));
            Assert.That(offline.State, Is.EqualTo("offline"));
            Assert.That(lamp.State, Is.EqualTo("INUSE"));
            Assert.That(all.Select(e => e.Resource), Does.Contain("1001").And.Contain("1002"));
        });
    }

    [Test]
    public async Task Subscription_IsCountedAndUnsubscribingTooOftenIsRefused()
    {
        asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        const string source = "endpoint:PJSIP/1001";

        var subscribed = await client.Applications.SubscribeAsync("callcenter", [source]);
        await client.Applications.SubscribeAsync("callcenter", [source]);
        await client.Applications.UnsubscribeAsync("callcenter", [source]);
        var afterUnsubscribe = await client.Applications.UnsubscribeAsync("callcenter", [source]);
        var error = Assert.ThrowsAsync(Is.InstanceOf<AriException>(), () => client.Applications.UnsubscribeAsync("callcenter", [source])) as AriException;

        Assert.Multiple(() =>
        {
            Assert.That(subscribed.EndpointIds, Does.Contain("PJSIP/1001"));
            Assert.That(afterUnsubscribe.EndpointIds, Is.Empty);
            Assert.That((int?)error!.StatusCode, Is.EqualTo(422).Or.EqualTo(409));
        });
    }

    [Test]
    public async Task Bridges_PlayRecordAndMusicOnHold()
    {
        var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
        await client.Channels.AnswerAsync(caller.ChannelId);
        var bridge = await client.Bridges.CreateAsync("hold-1", BridgeTypes.Holding, "queue sales");
        await client.Bridges.AddChannelsAsync(bridge.Id, [caller.ChannelId], role: "participant");

        await client.Bridges.StartMohAsync(bridge.Id, "default");
        await caller.WaitForMusicOnHoldAsync(Timeout);
        await client.Bridges.StopMohAsync(bridge.Id);
        var played = await client.Bridges.PlayAsync(bridge.Id, "bpb-1", ["sound:welcome"], "en");
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Timeout);
        await client.Bridges.RemoveChannelsAsync(bridge.Id, [caller.ChannelId]);
        await client.Bridges.DestroyAsync(bridge.Id);

        Assert.Multiple(() =>
        {
            Assert.That(bridge.BridgeType, Is.EqualTo("holding"));
            Assert.That(played.TargetUri, Is.EqualTo("bridge:hold-1"));
            Assert.That(asterisk.Bridges, Is.Empty);
        });
    }
}
