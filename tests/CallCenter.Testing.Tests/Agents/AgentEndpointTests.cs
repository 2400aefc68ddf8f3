using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Agents;

public sealed class AgentEndpointTests
{
    private static object Originate(string endpoint, string channelId, string originator, int timeout = 20) => new Dictionary<string, string>
    {
        ["endpoint"] = endpoint, ["app"] = "callcenter", ["appArgs"] = "agent", ["callerId"] = "\"Queue\" <100>",
        ["timeout"] = timeout.ToString(System.Globalization.CultureInfo.InvariantCulture), ["channelId"] = channelId, ["originator"] = originator,
    };

    private static IEnumerable<string> Sequence(FakeWithApp setup, string channelId) =>
        setup.App.Log.Events
            .Where(e => AriEventLog.ChannelIdOf(e) == channelId && (string?)e["type"] != "ChannelVarset")
            .Select(e => (string)e["type"]! + ((string?)e["dialstatus"] is { Length: > 0 } status ? " " + status : ""));

    [Test]
    public async Task Originate_ToAnAgentWhoAnswers_RingsThenAnswersThenEntersStasis()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var agent = setup.Fake.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(1)));
        var caller = await setup.AnsweredCallAsync();

        var originate = await setup.App.PostAsync("channels", Originate("PJSIP/1001", "agent-1", caller.ChannelId));
        setup.Advance(TimeSpan.FromSeconds(1));

        Assert.That(originate.Status, Is.EqualTo(200));
        Assert.That((string?)originate.Json!["name"], Does.StartWith("PJSIP/1001-"));
        var start = await setup.EventAsync("StasisStart", "agent-1");
        Assert.That(start["args"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "agent" }));
        Assert.That(Sequence(setup, "agent-1"), Is.EqualTo(new[] { "Dial", "ChannelStateChange", "Dial RINGING", "ChannelStateChange", "Dial ANSWER", "StasisStart" }));
        Assert.That(agent.Calls.Single().Outcome, Is.EqualTo(AgentCallOutcome.Answered));
    }

    [Test]
    public async Task Originate_ToABusyAgent_EndsWithUserBusy()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var agent = setup.Fake.AddEndpoint("1002", AgentBehavior.Busy());
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync("channels", Originate("PJSIP/1002", "agent-2", caller.ChannelId));

        var destroyed = await setup.EventAsync("ChannelDestroyed", "agent-2");
        Assert.That(((int?)destroyed["cause"], (string?)destroyed["cause_txt"], (int?)destroyed["tech_cause"]), Is.EqualTo((17, "User busy", 486)));
        Assert.That(Sequence(setup, "agent-2"), Is.EqualTo(new[] { "Dial", "ChannelHangupRequest", "Dial BUSY", "ChannelDestroyed" }));
        Assert.That(agent.Calls.Single().Outcome, Is.EqualTo(AgentCallOutcome.Busy));
    }

    [Test]
    public async Task Originate_ToAnAgentWhoDoesNotAnswer_IsDestroyedAtTheDialTimeout()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var agent = setup.Fake.AddEndpoint("1003", AgentBehavior.NoAnswer());
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync("channels", Originate("PJSIP/1003", "agent-3", caller.ChannelId, timeout: 6));
        await setup.EventAsync("Dial", "agent-3");
        setup.Advance(TimeSpan.FromMilliseconds(5990));
        var stillRinging = agent.Calls.Single().IsRinging;
        setup.Advance(TimeSpan.FromMilliseconds(10));

        Assert.That(stillRinging, Is.True);
        var destroyed = await setup.EventAsync("ChannelDestroyed", "agent-3");
        Assert.That(((int?)destroyed["cause"], (string?)destroyed["cause_txt"], (int?)destroyed["tech_cause"]), Is.EqualTo((19, "User alerting, no answer", 480)));
        Assert.That(Sequence(setup, "agent-3"), Is.EqualTo(new[] { "Dial", "ChannelStateChange", "Dial RINGING", "ChannelDestroyed" }));
        Assert.That(agent.Calls.Single().Outcome, Is.EqualTo(AgentCallOutcome.NoAnswer));
    }

    [Test]
    public async Task Originate_ToAnUnreachableAgent_Answers500AllocationFailed()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1004", AgentBehavior.Unreachable());
        var caller = await setup.AnsweredCallAsync();

        var originate = await setup.App.PostAsync("channels", Originate("PJSIP/1004", "agent-4", caller.ChannelId));

        Assert.That(originate.Status, Is.EqualTo(500));
        Assert.That((string?)originate.Json!["error"], Is.EqualTo("Allocation failed"));
    }

    [Test]
    public async Task Endpoint_Unreachable_IsListedOffline()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1004", AgentBehavior.Unreachable());

        var endpoint = await setup.App.GetAsync("endpoints/PJSIP/1004");

        Assert.That((string?)endpoint.Json!["state"], Is.EqualTo("offline"));
    }

    [Test]
    public async Task Endpoint_WithARingingCall_ListsItsChannel()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.Manual());
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels", Originate("PJSIP/1001", "agent-1", caller.ChannelId));

        var endpoint = await setup.App.GetAsync("endpoints/PJSIP/1001");

        Assert.That(endpoint.Json!["channel_ids"]!.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { "agent-1" }));
        Assert.That((string?)(await setup.App.GetAsync("deviceStates/PJSIP%2F1001")).Json!["state"], Is.EqualTo("RINGING"));
    }

    [Test]
    public async Task ManualAgent_AnswersWhenTheTestAnswers()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var agent = setup.Fake.AddEndpoint("1001", AgentBehavior.Manual());
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels", Originate("PJSIP/1001", "agent-1", caller.ChannelId));

        var call = await agent.WaitForCallAsync(Wait.Short);
        await call.WaitForRingingAsync(Wait.Short);
        await call.AnswerAsync();

        await setup.EventAsync("StasisStart", "agent-1");
        Assert.That(call.IsAnswered, Is.True);
        Assert.That(call.CallerIdNumber, Is.EqualTo("100"));
    }

    [Test]
    public async Task AgentAnsweringThenHangingUp_AloneInStasis_IsDestroyedWithCauseUnknown()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(1), hangUpAfter: TimeSpan.FromSeconds(2)));
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels", Originate("PJSIP/1001", "agent-1", caller.ChannelId));

        setup.Advance(TimeSpan.FromSeconds(3));

        var destroyed = await setup.EventAsync("ChannelDestroyed", "agent-1");
        Assert.That(((int?)destroyed["cause"], (string?)destroyed["cause_txt"]), Is.EqualTo((0, "Unknown")));
    }

    [Test]
    public async Task ApplicationHangingUpARingingLeg_SendsDialNoAnswerAndNormalClearing()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var agent = setup.Fake.AddEndpoint("1003", AgentBehavior.NoAnswer());
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels", Originate("PJSIP/1003", "agent-3", caller.ChannelId, timeout: 30));
        await setup.App.Log.WaitAsync(e => (string?)e["dialstatus"] == "RINGING", Wait.Short, "ringing");

        await setup.App.DeleteAsync("channels/agent-3", new { reason = "normal" });

        var destroyed = await setup.EventAsync("ChannelDestroyed", "agent-3");
        Assert.That((int?)destroyed["cause"], Is.EqualTo(16));
        Assert.That(Sequence(setup, "agent-3").TakeLast(3), Is.EqualTo(new[] { "ChannelHangupRequest", "Dial NOANSWER", "ChannelDestroyed" }));
        Assert.That(agent.Calls.Single().Outcome, Is.EqualTo(AgentCallOutcome.Canceled));
    }

    [Test]
    public async Task Create_PutsTheChannelInStasisAtOnce_InStateDown()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.Manual());

        var create = await setup.App.PostAsync("channels/create", new { endpoint = "PJSIP/1001", app = "callcenter", appArgs = "agent", channelId = "leg-1" });

        Assert.That(create.Status, Is.EqualTo(200));
        var start = await setup.EventAsync("StasisStart", "leg-1");
        Assert.That((string?)start["channel"]!["state"], Is.EqualTo("Down"));
        Assert.That(start["args"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "agent" }));
    }

    [Test]
    public async Task DialACreatedChannel_RingsAndAnswers_WithoutASecondStasisStart()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(1)));
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels/create", new { endpoint = "PJSIP/1001", app = "callcenter", channelId = "leg-1" });
        await setup.EventAsync("StasisStart", "leg-1");

        var dial = await setup.App.PostAsync("channels/leg-1/dial", new { caller = caller.ChannelId, timeout = "15" });
        setup.Advance(TimeSpan.FromSeconds(1));

        Assert.That(dial.Status, Is.EqualTo(204));
        await setup.App.Log.WaitAsync(e => (string?)e["dialstatus"] == "ANSWER", Wait.Short, "answer");
        Assert.That(Sequence(setup, "leg-1"), Is.EqualTo(new[] { "StasisStart", "Dial", "ChannelStateChange", "Dial RINGING", "ChannelStateChange", "Dial ANSWER" }));
        var channel = await setup.App.GetAsync("channels/leg-1");
        Assert.That((string?)channel.Json!["connected"]!["number"], Is.EqualTo("+15551230001"));
    }

    [Test]
    public async Task DialACreatedChannel_ThatNobodyAnswers_EndsAtTheDialTimeoutWithStasisEnd()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1003", AgentBehavior.NoAnswer());
        await setup.App.PostAsync("channels/create", new { endpoint = "PJSIP/1003", app = "callcenter", channelId = "leg-3" });
        await setup.EventAsync("StasisStart", "leg-3");

        await setup.App.PostAsync("channels/leg-3/dial", new { timeout = "5" });
        setup.Advance(TimeSpan.FromSeconds(5));

        var destroyed = await setup.EventAsync("ChannelDestroyed", "leg-3");
        Assert.That((int?)destroyed["cause"], Is.EqualTo(19));
        Assert.That(Sequence(setup, "leg-3").TakeLast(3), Is.EqualTo(new[] { "ChannelHangupRequest", "StasisEnd", "ChannelDestroyed" }));
        var call = setup.Fake.GetEndpoint("1003").Calls.Single();
        Assert.That((call.HungUpBy, call.HangupCause, call.Outcome), Is.EqualTo((HangupParty.DialTimeout, 19, AgentCallOutcome.NoAnswer)));
    }

    [Test]
    public async Task DialAChannelTwice_Answers409NotInDownState()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1003", AgentBehavior.NoAnswer());
        await setup.App.PostAsync("channels/create", new { endpoint = "PJSIP/1003", app = "callcenter", channelId = "leg-3" });
        await setup.EventAsync("StasisStart", "leg-3");
        await setup.App.PostAsync("channels/leg-3/dial");
        await setup.App.Log.WaitAsync(e => (string?)e["dialstatus"] == "RINGING", Wait.Short, "ringing");

        var again = await setup.App.PostAsync("channels/leg-3/dial");

        Assert.That(again.Status, Is.EqualTo(409));
        Assert.That(again.Message, Is.EqualTo("Channel is not in the 'Down' state"));
    }

    [Test]
    public async Task Create_WithOriginator_KeepsTheOriginatorSubscribedAfterItsStasisEnd()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.Manual());
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels/create", new { endpoint = "PJSIP/1001", app = "callcenter", channelId = "leg-1", originator = caller.ChannelId });

        await caller.HangUpAsync();

        await setup.EventAsync("ChannelDestroyed", caller.ChannelId);
    }

    [Test]
    public async Task MostCallsAtOnce_TwoCallsRingingTogether_IsTwo()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var agent = setup.Fake.AddEndpoint("1005", AgentBehavior.Manual());
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync("channels", Originate("PJSIP/1005", "agent-5a", caller.ChannelId));
        await setup.App.PostAsync("channels", Originate("PJSIP/1005", "agent-5b", caller.ChannelId));
        await setup.EventAsync("Dial", "agent-5b");

        Assert.That(agent.MostCallsAtOnce, Is.EqualTo(2));
    }

    [Test]
    public async Task MostCallsAtOnce_ASecondCallAfterTheFirstEnded_IsOne()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var agent = setup.Fake.AddEndpoint("1006", AgentBehavior.Manual());
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("channels", Originate("PJSIP/1006", "agent-6a", caller.ChannelId));
        var first = await agent.WaitForCallAsync(TimeSpan.FromSeconds(5));
        await first.RejectAsync();
        await setup.EventAsync("ChannelDestroyed", "agent-6a");

        await setup.App.PostAsync("channels", Originate("PJSIP/1006", "agent-6b", caller.ChannelId));
        await setup.EventAsync("Dial", "agent-6b");

        Assert.That(agent.MostCallsAtOnce, Is.EqualTo(1));
    }
}
