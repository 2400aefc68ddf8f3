using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Control;

public sealed class RoutingTests
{
    [Test]
    public async Task UnknownResource_Answers404ResourceNotFound()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var response = await setup.App.GetAsync("channels/x/nothing-here");

        Assert.That((response.Status, response.Message), Is.EqualTo((404, "Resource not found")));
    }

    [Test]
    public async Task KnownResourceWithAnotherMethod_Answers405()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var response = await setup.App.PutAsync("channels");

        Assert.That((response.Status, response.Message), Is.EqualTo((405, "Invalid method")));
    }

    [Test]
    public async Task PathWithATrailingSlash_Answers404WithTheSlashlessPath()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var response = await setup.App.GetAsync("channels/");

        Assert.That(response.Message, Is.EqualTo("ARI URLs do not end with a slash. Try /ari/channels"));
    }

    [Test]
    public async Task Requests_AreRecordedWithMethodPathQueryAndStatus()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.CallAsync();

        await setup.App.DeleteAsync($"channels/{caller.ChannelId}", new { reason = "normal" });

        var hangup = setup.Fake.Requests.Last();
        Assert.That((hangup.Method, hangup.Path, hangup.Status), Is.EqualTo(("DELETE", $"/ari/channels/{caller.ChannelId}", 204)));
        Assert.That(hangup.Query["reason"], Is.EqualTo("normal"));
    }

    [Test]
    public async Task Parameters_InAJsonBody_CountLikeQueryParameters()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.Manual());

        var create = await setup.App.PostAsync("channels/create", jsonBody: """{"endpoint":"PJSIP/1001","app":"callcenter","channelId":"from-body"}""");

        Assert.That((string?)create.Json!["id"], Is.EqualTo("from-body"));
    }
}
