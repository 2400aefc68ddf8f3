using CallCenter.Core.Customers;
using CallCenter.Telephony;
using CallCenter.Testing;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>
/// The database file moved away in the middle of a call: the caller gets an apology and the agent path, and nothing
/// the call wrote is lost — its record waits in the outbox until the file is back.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class DatabaseOutageCallTests
{
    private HotlineRig rig = null!;

    private static Customer Member => DemoDatabase.Data.Customers.First(c => c.CardNumber is not null);

    private string AwayFile => rig.DatabaseFile + ".away";

    [OneTimeSetUp]
    public async Task StartAsync() => rig = await HotlineRig.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [TearDown]
    public void BringTheDatabaseBack()
    {
        if (File.Exists(AwayFile))
        {
            File.Move(AwayFile, rig.DatabaseFile);
        }
    }

    [Test]
    public async Task PointsLookupWithTheDatabaseAway_ApologisesAndGoesToTheAgentPath()
    {
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("1");
        await caller.HearAsync("enter-card");
        File.Move(rig.DatabaseFile, AwayFile);

        await caller.PressAsync(Member.CardNumber!);
        var heard = await caller.MediaUntilAsync("complaint-intro");

        Assert.That(heard, Is.EqualTo(new[] { Sound("data-error"), Sound("agent-unavailable"), Sound("complaint-intro") }));
    }

    [Test]
    public async Task CallDuringTheOutage_ItsRecordAndStepsArriveThroughTheOutboxWhenTheDatabaseIsBack()
    {
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("1");
        await caller.HearAsync("enter-card");
        File.Move(rig.DatabaseFile, AwayFile);
        await caller.PressAsync(Member.CardNumber!);
        await caller.HearAsync("data-error");
        await caller.HangUpAsync();
        await Eventually.TrueAsync(() => rig.Service<CallSwitchboard>().ActiveCalls == 0, "the call over on the server, its last record written", HotlineRig.Patience);
        var waiting = rig.Outbox.PendingCount;

        File.Move(AwayFile, rig.DatabaseFile);
        var record = await rig.EndedRecordAsync(caller.CallId);
        var steps = await rig.StepsAsync(caller.CallId);

        Assert.Multiple(() =>
        {
            Assert.That(waiting, Is.GreaterThan(0), "records waiting in the outbox while the database was away");
            Assert.That(record.CallerNumber, Is.EqualTo(caller.Phone.CallerNumber));
            Assert.That(steps.Where(s => s.Node == "points-lookup").Select(s => s.Outcome), Is.EqualTo(new[] { "error" }));
            Assert.That(steps.Select(s => s.Node), Does.Contain("data-error"));
        });
    }
}
