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
}
