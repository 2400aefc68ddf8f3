using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Agents;

/// <summary>A number called through the callers' trunk (PJSIP/{number}@{trunk}): a customer called back.</summary>
public sealed class CalleeTests
{
    private const string Number = "+15550111234";

    private static IEnumerable<string> Sequence(FakeWithApp setup, string channelId) =>
        setup.App.Log.Events
            .Where(e => AriEventLog.ChannelIdOf(e) == channelId && (string?)e["type"] != "ChannelVarset")
            .Select(e => (string)e["type"]! + ((string?)e["dialstatus"] is { Length: > 0 } status ? " " + status : ""));

    [Test]
    public async Task CreateThroughTheTrunk_IsNamedAfterTheTrunkAndAnswersLikeAPhone()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var trunk = setup.Fake.CallerEndpoint;
        var customer = setup.Fake.AddCallee(Number, AgentBehavior.AnswerAfter(TimeSpan.FromSeconds(1)));

        var create = await setup.App.PostAsync("channels/create", new { endpoint = $"PJSIP/{Number}@{trunk}", app = "callcenter", appArgs = "callback", channelId = "cb-1" });
        await setup.EventAsync("StasisStart", "cb-1");
        await setup.App.PostAsync("channels/cb-1/dial", new { timeout = "30" });
        setup.Advance(TimeSpan.FromSeconds(1));

        Assert.That(create.Status, Is.EqualTo(200));
        Assert.That((string?)create.Json!["name"], Does.StartWith($"PJSIP/{trunk}-"));
        await setup.App.Log.WaitAsync(e => (string?)e["dialstatus"] == "ANSWER", Wait.Short, "answer");
        Assert.That(Sequence(setup, "cb-1"), Is.EqualTo(new[] { "StasisStart", "Dial", "ChannelStateChange", "Dial RINGING", "ChannelStateChange", "Dial ANSWER" }));
        Assert.That(customer.Calls.Single().Outcome, Is.EqualTo(AgentCallOutcome.Answered));
    }

    [Test]
    public async Task CreateThroughTheTrunk_ToABusyCustomer_EndsWithUserBusy()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddCallee(Number, AgentBehavior.Busy());
        await setup.App.PostAsync("channels/create", new { endpoint = $"PJSIP/{Number}@{setup.Fake.CallerEndpoint}", app = "callcenter", channelId = "cb-1" });
        await setup.EventAsync("StasisStart", "cb-1");

        await setup.App.PostAsync("channels/cb-1/dial", new { timeout = "30" });

        var destroyed = await setup.EventAsync("ChannelDestroyed", "cb-1");
        Assert.That((int?)destroyed["cause"], Is.EqualTo(17));
    }

    [Test]
    public async Task CreateThroughTheTrunk_ToANumberNeverAdded_Answers500AllocationFailed()
    {
        await using var setup = await FakeWithApp.StartAsync();

        var create = await setup.App.PostAsync("channels/create", new { endpoint = $"PJSIP/{Number}@{setup.Fake.CallerEndpoint}", app = "callcenter", channelId = "cb-1" });

        Assert.That(create.Status, Is.EqualTo(500));
    }

    [Test]
    public async Task Callee_IsNotListedAsAnEndpoint()
    {
        await using var setup = await FakeWithApp.StartAsync();
        setup.Fake.AddCallee(Number, AgentBehavior.Manual());

        var endpoints = await setup.App.GetAsync("endpoints");

        Assert.That(endpoints.Json!.AsArray().Select(e => (string?)e!["resource"]), Has.None.Contains("@"));
    }
}
