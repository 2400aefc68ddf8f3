using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Calls;

public sealed class PlaceCallTests
{
    [Test]
    public async Task PlaceCall_ToHotline_SendsStasisStartInRingState()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        await using var app = await AriTestClient.ConnectAsync(fake);

        var call = await fake.PlaceCallAsync("100", "+15551230001", "Alice");

        var start = await app.Log.WaitForTypeAsync("StasisStart", Wait.Short);
        Assert.That((string?)start["channel"]!["id"], Is.EqualTo(call.ChannelId));
        Assert.That((string?)start["channel"]!["state"], Is.EqualTo("Ring"));
        Assert.That((string?)start["channel"]!["caller"]!["number"], Is.EqualTo("+15551230001"));
    }

    [Test]
    public async Task PlaceCall_ToVipExtension_PassesStasisArgument()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var call = await setup.Fake.PlaceCallAsync("200", "+15551230001", "Alice");

        var start = await setup.EventAsync("StasisStart", call.ChannelId);
        Assert.That(start["args"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "vip" }));
        Assert.That((string?)start["channel"]!["dialplan"]!["app_data"], Is.EqualTo("callcenter,vip"));
    }

    [Test]
    public async Task PlaceCall_ToDid_EntersTheApplication()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var call = await setup.Fake.PlaceCallAsync("+15559876543", "+15551230001", "Alice");

        var start = await setup.EventAsync("StasisStart", call.ChannelId);
        Assert.That((string?)start["channel"]!["dialplan"]!["exten"], Is.EqualTo("+15559876543"));
    }

    [Test]
    public async Task PlaceCall_WithoutApplicationConnected_FailsStasisAndEndsTheCall()
    {
        await using var fake = await FakeAsterisk.StartAsync();

        var call = await fake.PlaceCallAsync("100", "+15551230001", "Alice");

        Assert.That(call.StasisFailed, Is.True);
        Assert.That(call.HungUpBy, Is.EqualTo(HangupParty.Dialplan));
        Assert.That(fake.Channels, Is.Empty);
    }

    [Test]
    public async Task PlaceCall_ToExtensionWithoutRoute_EndsAsUnallocatedNumber()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var call = await setup.Fake.PlaceCallAsync("help", "+15551230001", "Alice");

        Assert.That(call.HungUpBy, Is.EqualTo(HangupParty.Dialplan));
        Assert.That(call.HangupCause, Is.EqualTo(1));
        Assert.That(call.ReachedStasis, Is.False);
    }

    [Test]
    public async Task PlaceCall_Twice_NamesChannelsWithTheGlobalCounter()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var first = await setup.CallAsync();
        var second = await setup.CallAsync();

        Assert.That(first.ChannelName, Is.EqualTo("PJSIP/caller-00000000"));
        Assert.That(second.ChannelName, Is.EqualTo("PJSIP/caller-00000001"));
        Assert.That(second.ChannelId, Does.Match(@"^\d{10}\.1$"));
    }

    [Test]
    public async Task PlaceCall_WithCustomDialplan_EntersTheRoutedApplication()
    {
        var dialplan = new FakeDialplan().Route("300", "survey", "nps");
        await using var fake = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { Dialplan = dialplan });
        await using var app = await AriTestClient.ConnectAsync(fake, "survey");

        var call = await fake.PlaceCallAsync("300", "+15551230001");

        var start = await app.Log.WaitForTypeAsync("StasisStart", Wait.Short, call.ChannelId);
        Assert.That((string?)start["application"], Is.EqualTo("survey"));
        Assert.That(call.StasisArguments, Is.EqualTo(new[] { "nps" }));
    }
}
