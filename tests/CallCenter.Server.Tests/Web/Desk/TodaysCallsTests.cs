using Bunit;
using CallCenter.Core.Records;
using CallCenter.Server.Web.Components.Desk;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>The agent's own calls since midnight where the call center is (Acd:TimeZone).</summary>
[TestFixture]
public sealed class TodaysCallsTests
{
    private DeskRig rig = null!;

    [SetUp]
    public async Task SetUp() => rig = await DeskRig.StartAsync();

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public void Calls_SinceLocalMidnightOnly_NewestFirstWithTalkTimeAndDisposition()
    {
        // 15:00 UTC is 10:00 in New York: midnight there is 05:00 UTC.
        Add("yesterday-late", new DateTimeOffset(2026, 11, 23, 4, 50, 0, TimeSpan.Zero), "resolved");
        Add("early", new DateTimeOffset(2026, 11, 23, 5, 10, 0, TimeSpan.Zero), "follow-up");
        Add("later", new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero), null);

        var cut = rig.Context.Render<TodaysCalls>(p => p.Add(c => c.Agent, DeskRig.Agent));

        var rows = cut.FindAll("[data-test=todays-call]");
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.GetAttribute("data-call-id")), Is.EqualTo(new[] { "later", "early" }));
            Assert.That(rows[1].QuerySelector("[data-test=todays-call-time]")!.TextContent, Is.EqualTo("00:10"));
            Assert.That(rows[1].QuerySelector("[data-test=todays-call-talk]")!.TextContent, Is.EqualTo("3:30"));
            Assert.That(rows[1].QuerySelector("[data-test=todays-call-disposition]")!.TextContent, Is.EqualTo("follow-up"));
        });
    }

    [Test]
    public void DatabaseDown_SaysSo()
    {
        rig.Journal.Down = true;

        var cut = rig.Context.Render<TodaysCalls>(p => p.Add(c => c.Agent, DeskRig.Agent));

        Assert.That(cut.Find("[data-test=todays-calls-problem]").TextContent, Does.Contain("database is not answering"));
    }

    private void Add(string callId, DateTimeOffset connectedAt, string? disposition) => rig.Journal.Add(new CallRecord
    {
        CallId = callId,
        StartedAt = connectedAt.AddMinutes(-1),
        ConnectedAt = connectedAt,
        EndedAt = connectedAt.AddSeconds(210),
        AgentExtension = DeskRig.Agent,
        CallerNumber = DeskSamples.VipPhone,
        Queue = "support",
        Disposition = disposition,
        Outcome = CallOutcome.Answered,
    });
}
