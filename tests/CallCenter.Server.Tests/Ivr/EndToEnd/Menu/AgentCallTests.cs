using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>0 at the main menu with no agent logged in: the caller is told nobody is free and a message is offered.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AgentCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    [Test]
    public async Task Zero_HearsNoAgentIsFree_ThenTheComplaintMessage()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("0");
        var heard = await caller.MediaUntilAsync("complaint-intro");

        Assert.That(heard, Is.EqualTo(new[] { Sound("agent-unavailable"), Sound("complaint-intro") }));
    }

    [Test]
    public async Task Zero_TheRecordKeepsTheQueueAskedFor()
    {
        string callId;
        await using (var caller = await Rig.CallAsync())
        {
            await caller.ReachMainMenuAsync();
            await caller.PressAsync("0");
            await caller.HearAsync("agent-unavailable");
            callId = caller.CallId;
        }

        var record = await Rig.EndedRecordAsync(callId);

        Assert.Multiple(() =>
        {
            Assert.That(record.Queue, Is.EqualTo("support"));
            Assert.That(record.EnqueuedAt, Is.Not.Null);
        });
    }
}
