using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Control;

public sealed class RestartTests
{
    [Test]
    public async Task Restart_EndsEveryCallWithoutAnEvent()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        var before = setup.App.Log.Count;

        await setup.Fake.RestartAsync();

        await setup.App.Closed.WaitAsync(Wait.Short);
        Assert.That(setup.App.Log.Count, Is.EqualTo(before));
        Assert.That(setup.Fake.Channels, Is.Empty);
        Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Asterisk));
    }

    [Test]
    public async Task Restart_ReportsANewStartupTime()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var before = (string?)(await setup.App.GetAsync("asterisk/info")).Json!["status"]!["startup_time"];

        setup.Advance(TimeSpan.FromMinutes(1));
        await setup.Fake.RestartAsync();
        await using var again = await AriTestClient.ConnectAsync(setup.Fake);
        var after = (string?)(await again.GetAsync("asterisk/info")).Json!["status"]!["startup_time"];

        Assert.That(after, Is.Not.EqualTo(before));
        Assert.That(setup.Fake.StartupTime, Is.EqualTo(setup.Time.GetUtcNow()));
    }

    [Test]
    public async Task Restart_StartsTheChannelCounterAgain()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.CallAsync();

        await setup.Fake.RestartAsync();
        await using var again = await AriTestClient.ConnectAsync(setup.Fake);
        var caller = await setup.Fake.PlaceCallAsync("100", "+15551230001");

        Assert.That(caller.ChannelName, Is.EqualTo("PJSIP/caller-00000000"));
    }

    [Test]
    public async Task WhileDown_ConnectionsAreDropped()
    {
        await using var setup = await FakeWithApp.StartAsync();

        await setup.Fake.GoDownAsync();
        using var http = new HttpClient();

        Assert.That(async () => await http.GetAsync(new Uri(setup.Fake.AriUri, "asterisk/ping")), Throws.InstanceOf<HttpRequestException>());
        Assert.That(setup.Fake.IsUp, Is.False);
    }

    [Test]
    public async Task Restart_WithADownTime_StaysDownUntilItPasses()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var restarting = setup.Fake.RestartAsync(TimeSpan.FromSeconds(30));
        var upDuringDownTime = setup.Fake.IsUp;
        setup.Advance(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
        await restarting.WaitAsync(Wait.Short);

        Assert.That(upDuringDownTime, Is.False);
        Assert.That(setup.Fake.IsUp, Is.True);
    }

    [Test]
    public async Task Restart_ForgetsSubscriptions()
    {
        await using var setup = await FakeWithApp.StartAsync();
        await setup.App.PostAsync("bridges/b-1");
        await setup.App.PostAsync("applications/callcenter/subscription", new { eventSource = "bridge:b-1" });

        await setup.Fake.RestartAsync();
        await using var again = await AriTestClient.ConnectAsync(setup.Fake);
        var app = await again.GetAsync("applications/callcenter");

        Assert.That(app.Json!["bridge_ids"]!.AsArray(), Is.Empty);
        Assert.That((await again.GetAsync("bridges")).Json!.AsArray(), Is.Empty);
    }
}
