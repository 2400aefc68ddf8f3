using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Calls;

public sealed class CallControlTests
{
    [Test]
    public async Task Answer_SendsStateChangeUp_AndTheCallerIsAnswered()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.CallAsync();

        var answer = await setup.App.PostAsync($"channels/{caller.ChannelId}/answer");

        Assert.That(answer.Status, Is.EqualTo(204));
        var change = await setup.EventAsync("ChannelStateChange", caller.ChannelId);
        Assert.That((string?)change["channel"]!["state"], Is.EqualTo("Up"));
        Assert.That(caller.IsAnswered, Is.True);
    }

    [Test]
    public async Task CallerHangup_SendsHangupRequestAndStasisEnd_ButNoChannelDestroyed()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await caller.HangUpAsync();

        var request = await setup.EventAsync("ChannelHangupRequest", caller.ChannelId);
        Assert.That(request.ContainsKey("cause") || request.ContainsKey("soft"), Is.False);
        await setup.EventAsync("StasisEnd", caller.ChannelId);
        await setup.Fake.SendRawAsync("""{"type":"Marker"}""");
        await setup.EventAsync("Marker");
        Assert.That(setup.App.Log.TypesFor(caller.ChannelId), Does.Not.Contain("ChannelDestroyed"));
        Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Phone));
    }

    [Test]
    public async Task CallerHangup_WhenAnswered_SendsRtpStatisticsVariablesFirst()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await caller.HangUpAsync();

        await setup.EventAsync("StasisEnd", caller.ChannelId);
        var types = setup.App.Log.Events.Select(e => (string?)e["variable"] ?? (string)e["type"]!).ToList();
        Assert.That(types.IndexOf("RTPAUDIOQOS"), Is.LessThan(types.IndexOf("ChannelHangupRequest")));
    }

    [Test]
    public async Task ApplicationHangup_WithReasonBusy_SendsSoftHangupRequest_AndTheCallerSeesCause17()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var hangup = await setup.App.DeleteAsync($"channels/{caller.ChannelId}", new { reason = "busy" });

        Assert.That(hangup.Status, Is.EqualTo(204));
        var request = await setup.EventAsync("ChannelHangupRequest", caller.ChannelId);
        Assert.That((int?)request["cause"], Is.EqualTo(32));
        Assert.That((bool?)request["soft"], Is.True);
        Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
        Assert.That(caller.HangupCause, Is.EqualTo(17));
        Assert.That(caller.HangupReason, Is.EqualTo("busy"));
    }

    [Test]
    public async Task ApplicationHangup_WithUnknownReason_Answers400AndKeepsTheCall()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var hangup = await setup.App.DeleteAsync($"channels/{caller.ChannelId}", new { reason = "bored" });

        Assert.That(hangup.Status, Is.EqualTo(400));
        Assert.That(hangup.Message, Is.EqualTo("Invalid reason for hangup reason provided"));
        Assert.That(caller.IsHungUp, Is.False);
    }

    [Test]
    public async Task Press_SendsOneDtmfEventPerKeyWithItsDuration()
    {
        await using var setup = await FakeWithApp.StartAsync(configure: o => new FakeAsteriskOptions
        {
            TimeProvider = o.TimeProvider, SoundsDirectory = o.SoundsDirectory, DtmfDuration = TimeSpan.FromMilliseconds(280),
        });
        var caller = await setup.AnsweredCallAsync();

        var pressing = caller.PressAsync("12#");
        setup.Advance(TimeSpan.FromMilliseconds(3 * 280 + 2 * 100));
        await pressing.WaitAsync(Wait.Short);

        await setup.App.Log.WaitUntilAsync(e => e.Count(x => (string?)x["type"] == "ChannelDtmfReceived") == 3, Wait.Short);
        var events = setup.App.Log.Events.Where(e => (string?)e["type"] == "ChannelDtmfReceived").ToList();
        Assert.That(events.Select(e => (string?)e["digit"]), Is.EqualTo(new[] { "1", "2", "#" }));
        Assert.That(events.Select(e => (int?)e["duration_ms"]), Is.All.EqualTo(280));
    }

    [Test]
    public async Task Press_WithAKeyAPhoneDoesNotHave_Throws()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        Assert.That(() => caller.PressAsync("1x"), Throws.ArgumentException.With.Message.Contains("'x'"));
    }

    [Test]
    public async Task GetVariable_CallerIdNum_ReturnsTheCallersNumber()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var variable = await setup.App.GetAsync($"channels/{caller.ChannelId}/variable", new { variable = "CALLERID(num)" });

        Assert.That((string?)variable.Json!["value"], Is.EqualTo("+15551230001"));
    }

    [Test]
    public async Task GetVariable_NeverSet_Answers404()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var variable = await setup.App.GetAsync($"channels/{caller.ChannelId}/variable", new { variable = "ORDER_NUMBER" });

        Assert.That(variable.Status, Is.EqualTo(404));
        Assert.That(variable.Message, Is.EqualTo("Provided variable was not found"));
    }

    [Test]
    public async Task SetVariable_SendsChannelVarset_AndReadsBack()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var set = await setup.App.PostAsync($"channels/{caller.ChannelId}/variable", new { variable = "ORDER_NUMBER", value = "A-1001" });

        Assert.That(set.Status, Is.EqualTo(204));
        await setup.App.Log.WaitAsync(e => (string?)e["variable"] == "ORDER_NUMBER" && (string?)e["value"] == "A-1001", Wait.Short, "the varset");
        var read = await setup.App.GetAsync($"channels/{caller.ChannelId}/variable", new { variable = "ORDER_NUMBER" });
        Assert.That((string?)read.Json!["value"], Is.EqualTo("A-1001"));
    }

    [Test]
    public async Task SetVariable_CallerIdName_ChangesTheChannelsCallerId()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/variable", new { variable = "CALLERID(name)", value = "VIP Alice" });

        var channel = await setup.App.GetAsync($"channels/{caller.ChannelId}");
        Assert.That((string?)channel.Json!["caller"]!["name"], Is.EqualTo("VIP Alice"));
    }

    [Test]
    public async Task Answer_UnknownChannel_Answers404ChannelNotFound()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var answer = await setup.App.PostAsync("channels/no-such-channel/answer");

        Assert.That(answer.Status, Is.EqualTo(404));
        Assert.That(answer.Message, Is.EqualTo("Channel not found"));
    }

    [Test]
    public async Task Moh_OnChannel_SendsNoEvent_ButTheCallerHearsIt()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        var before = setup.App.Log.Count;

        var moh = await setup.App.PostAsync($"channels/{caller.ChannelId}/moh", new { mohClass = "store" });

        Assert.That(moh.Status, Is.EqualTo(204));
        await caller.WaitForMusicOnHoldAsync(Wait.Short);
        Assert.That(caller.MusicOnHoldClass, Is.EqualTo("store"));
        await setup.App.DeleteAsync($"channels/{caller.ChannelId}/moh");
        await caller.WaitForMusicOnHoldAsync(Wait.Short, playing: false);
        Assert.That(setup.App.Log.Count, Is.EqualTo(before));
    }

    [Test]
    public async Task Ring_IsIndicatedToTheCaller()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.CallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/ring");

        await caller.WaitUntilAsync(c => c.IsRingbackIndicated, "hear ringback", Wait.Short);
        Assert.That(caller.IsRingbackIndicated, Is.True);
    }

    [Test]
    public async Task Continue_EndsStasis_AndTheCallRunsOffTheDialplan()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var result = await setup.App.PostAsync($"channels/{caller.ChannelId}/continue");

        Assert.That(result.Status, Is.EqualTo(204));
        await setup.EventAsync("StasisEnd", caller.ChannelId);
        await caller.WaitForHangupAsync(Wait.Short);
        Assert.That(caller.ContinuedTo, Is.EqualTo(new DialplanLocation("callcenter-in", "100", 3)));
        Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Dialplan));
    }

    [Test]
    public async Task SendDtmf_ReachesTheCallersPhone()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/dtmf", new { dtmf = "123" });

        await caller.WaitUntilAsync(c => c.DtmfReceived == "123", "receive 123", Wait.Short);
        Assert.That(caller.DtmfReceived, Is.EqualTo("123"));
    }

    [Test]
    public async Task Snoop_CreatesAChannelInTheApplication_ThatEndsWithItsTarget()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var snoop = await setup.App.PostAsync($"channels/{caller.ChannelId}/snoop", new { spy = "both", app = "callcenter", snoopId = "snoop-1" });

        Assert.That(snoop.Status, Is.EqualTo(200));
        await setup.EventAsync("StasisStart", "snoop-1");
        await caller.HangUpAsync();
        await setup.EventAsync("ChannelDestroyed", "snoop-1");
    }

    [Test]
    public async Task Redirect_SendsTheCallerToTheEndpoint_AndEndsTheLeg()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var redirect = await setup.App.PostAsync($"channels/{caller.ChannelId}/redirect", new { endpoint = "PJSIP/1002" });

        Assert.That(redirect.Status, Is.EqualTo(204));
        await caller.WaitForHangupAsync(Wait.Short);
        Assert.That(caller.RedirectedTo, Is.EqualTo("PJSIP/1002"));
    }

    [Test]
    public async Task Redirect_ToAnotherTechnology_Answers422()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var redirect = await setup.App.PostAsync($"channels/{caller.ChannelId}/redirect", new { endpoint = "IAX2/1002" });

        Assert.That((redirect.Status, redirect.Message), Is.EqualTo((422, "Endpoint technology 'IAX2' does not match channel technology 'PJSIP'")));
    }

    [Test]
    public async Task Move_ToAnotherConnectedApplication_EndsStasisHereAndStartsItThere()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await using var reports = await AriTestClient.ConnectAsync(setup.Fake, "reports");
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/move", new { app = "reports", appArgs = "survey" });

        await setup.EventAsync("StasisEnd", caller.ChannelId);
        var start = await reports.Log.WaitForTypeAsync("StasisStart", Wait.Short, caller.ChannelId);
        Assert.That(start["args"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "survey" }));
        Assert.That(caller.StasisApplication, Is.EqualTo("reports"));
    }

    [Test]
    public async Task Move_ToAnApplicationThatIsNotConnected_SendsApplicationMoveFailed()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/move", new { app = "nobody" });

        var failed = await setup.EventAsync("ApplicationMoveFailed", caller.ChannelId);
        Assert.That((string?)failed["destination"], Is.EqualTo("nobody"));
        Assert.That(caller.StasisApplication, Is.EqualTo("callcenter"));
    }

    [Test]
    public async Task Hold_IsVisibleOnTheCallersPhone()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/hold");

        await caller.WaitUntilAsync(c => c.IsOnHold, "be held", Wait.Short);
        Assert.That(caller.IsOnHold, Is.True);
    }

    [Test]
    public async Task Mute_InOneDirection_IsVisibleOnTheCallersPhone()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/mute", new { direction = "in" });

        await caller.WaitUntilAsync(c => c.Muted is not null, "be muted", Wait.Short);
        Assert.That(caller.Muted, Is.EqualTo("in"));
    }
}
