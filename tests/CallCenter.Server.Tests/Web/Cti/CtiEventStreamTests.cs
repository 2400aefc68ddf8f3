using System.Net;
using System.Text.Json;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Cti;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>
/// The event stream while a real call goes through the hotline on FakeAsterisk: the caller keys 0, waits in the
/// queue, agent 1001's phone rings and they answer, the caller hangs up.
/// </summary>
public sealed class CtiEventStreamTests
{
    private const string Queues = """
        queues:
          support:
            skills: {support: 1}
            strategy: longest-idle
            ring-timeout: 5s
            wrap-up: 0s
            max-wait: 10m
            overflow: voicemail
            announce-every: 15s
            music-on-hold: default
        agents:
          - {extension: "1001", name: Olivia Chen, skills: {support: 3}}
          - {extension: "1002", name: Marcus Reed, skills: {support: 3}}
        """;

    private HotlineRig rig = null!;
    private string key = null!;

    [SetUp]
    public async Task StartAsync()
    {
        var (apiKey, hash) = ApiKeys.Generate();
        key = apiKey;
        rig = await HotlineRig.StartAsync(new HotlineRigOptions
        {
            Queues = Queues,
            AgentsLoggedIn = ["1001"],
            Settings = CtiRig.KeySettings(("crm", hash)),
        });
        rig.Asterisk.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(300)));
    }

    [TearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task Connect_FirstMessageIsHello()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key);

        var hello = await stream.ReceiveAsync();

        Assert.That(hello.GetRawText(), Is.EqualTo("""{"type":"Hello","server":"CallCenter","version":1}"""));
    }

    [Test]
    public async Task AnsweredCall_StreamsQueuedOfferedConnectedEnded()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key);
        await stream.ReceiveAsync();

        var callId = await AnsweredCallAsync();
        var messages = await stream.ReceiveUntilAsync(m => m.Type() == "CallEnded" && m.Text("callId") == callId);

        var ofTheCall = messages.Where(m => m.Text("callId") == callId).Select(m => m.Type());
        Assert.That(ofTheCall, Is.EqualTo(new[] { "CallQueued", "CallOffered", "CallConnected", "CallEnded" }));
    }

    [Test]
    public async Task CallOffered_CarriesWhatTheScreenPopNeeds()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key);
        await stream.ReceiveAsync();

        var callId = await AnsweredCallAsync();
        var offered = (await stream.ReceiveUntilAsync(m => m.Type() == "CallOffered")).Last();

        Assert.Multiple(() =>
        {
            Assert.That(offered.Text("callId"), Is.EqualTo(callId));
            Assert.That(offered.Text("agent"), Is.EqualTo("1001"));
            Assert.That(offered.Text("queue"), Is.EqualTo("support"));
            Assert.That(offered.Text("callerNumber"), Is.Not.Empty);
            Assert.That(offered.Text("tier"), Is.EqualTo("Regular"), "a stranger's number");
            Assert.That(offered.GetProperty("waitedSeconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(offered.GetProperty("ivrPath").EnumerateArray().Select(s => s.Text("node")), Is.Not.Empty.And.All.Not.Null);
            Assert.That(offered.GetProperty("at").GetDateTimeOffset(), Is.Not.EqualTo(default(DateTimeOffset)));
        });
    }

    [Test]
    public async Task AnsweredCall_StreamsTheAgentsStateChanges()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key);
        await stream.ReceiveAsync();

        var callId = await AnsweredCallAsync();
        var messages = await stream.ReceiveUntilAsync(m => m.Type() == "AgentStateChanged" && m.Text("agent") == "1001" && m.Text("to") == "Available");

        var states = messages.Where(m => m.Type() == "AgentStateChanged" && m.Text("agent") == "1001").Select(m => $"{m.Text("from")}>{m.Text("to")}");
        Assert.That(states, Is.EqualTo(new[] { "Available>Ringing", "Ringing>OnCall", "OnCall>Available" }));
    }

    [Test]
    public async Task CallEnded_SaysTheOutcome()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key);
        await stream.ReceiveAsync();

        var callId = await AnsweredCallAsync();
        var ended = (await stream.ReceiveUntilAsync(m => m.Type() == "CallEnded")).Last();

        Assert.That(ended.Text("outcome"), Is.EqualTo("Answered"));
        Assert.That(ended.Text("agent"), Is.EqualTo("1001"));
    }

    [Test]
    public async Task TypesFilter_SendsOnlyThoseTypes()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key, "?types=CallOffered,CallEnded");
        await stream.ReceiveAsync();

        var callId = await AnsweredCallAsync();
        var messages = await stream.ReceiveUntilAsync(m => m.Type() == "CallEnded" && m.Text("callId") == callId);

        Assert.That(messages.Select(m => m.Type()), Is.EqualTo(new[] { "CallOffered", "CallEnded" }));
    }

    [Test]
    public async Task AgentFilter_SendsOnlyThatAgentsEvents()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key, "?agent=1001");
        await stream.ReceiveAsync();

        var callId = await AnsweredCallAsync();
        var messages = await stream.ReceiveUntilAsync(m => m.Type() == "CallEnded" && m.Text("callId") == callId);

        Assert.That(messages.Select(m => m.Type()), Does.Not.Contain("CallQueued"), "no agent has a queued call yet");
        Assert.That(messages.Select(m => m.Text("agent")), Is.All.EqualTo("1001"));
    }

    [Test]
    public async Task AgentFilter_AnotherAgent_GetsNoneOfThisCall()
    {
        await using var other = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key, "?agent=1002");
        await using var everything = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key);
        await other.ReceiveAsync();
        await everything.ReceiveAsync();

        var callId = await AnsweredCallAsync();
        await everything.ReceiveUntilAsync(m => m.Type() == "CallEnded" && m.Text("callId") == callId);
        // A marker for 1002 after the call: the filtered stream's next message, if the call's events were let through, would come before it.
        await rig.Service<Core.Acd.Distribution.CallDistributor>().LogInAsync("1002", null);
        var next = await other.ReceiveAsync();

        Assert.That(next.Type(), Is.EqualTo("AgentStateChanged"));
        Assert.That(next.Text("agent"), Is.EqualTo("1002"));
    }

    [Test]
    public async Task KeyInQuery_ForABrowserWebSocket_IsLetIn()
    {
        await using var stream = await CtiEventSocket.ConnectAsync(rig.Server.Address(), key, inQuery: true);

        var hello = await stream.ReceiveAsync();

        Assert.That(hello.Type(), Is.EqualTo("Hello"));
    }

    [Test]
    public void WrongKey_IsRefusedWith401()
    {
        var refused = Assert.ThrowsAsync<CtiEventSocketRefusedException>(() => CtiEventSocket.ConnectAsync(rig.Server.Address(), ApiKeys.Generate().Key));

        Assert.That(refused!.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void UnknownType_IsRefusedWith400()
    {
        var refused = Assert.ThrowsAsync<CtiEventSocketRefusedException>(() => CtiEventSocket.ConnectAsync(rig.Server.Address(), key, "?types=CallRang"));

        Assert.That(refused!.Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task PlainHttp_Is400ProblemSayingItIsAWebSocket()
    {
        using var crm = new CtiClient(rig.Server.Address(), key);

        var response = await crm.GetAsync("/api/v1/events");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Detail, Does.Contain("WebSocket"));
    }

    /// <summary>A stranger's call that keys 0, is answered by 1001 and hung up by the caller once connected.</summary>
    private async Task<string> AnsweredCallAsync()
    {
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        var agentCall = await rig.Asterisk.GetEndpoint("1001").WaitForCallAsync(HotlineRig.Patience);
        await agentCall.WaitForBridgeAsync(HotlineRig.Patience);
        var callId = caller.CallId;
        await caller.HangUpAsync();
        return callId;
    }
}
