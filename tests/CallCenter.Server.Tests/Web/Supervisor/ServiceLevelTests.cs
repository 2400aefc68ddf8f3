using CallCenter.Core.Records;
using CallCenter.Server.Web.Supervisor;

namespace CallCenter.Server.Tests.Web.Supervisor;

public sealed class ServiceLevelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(20);

    [Test]
    public void Of_NoCalls_ShowsADash()
    {
        var level = ServiceLevel.Of([], "support", Target, Now);

        Assert.That(level.Share, Is.Null);
        Assert.That(level.Display, Is.EqualTo("—"));
    }

    [Test]
    public void Of_AnsweredWithinTheTarget_Meets()
    {
        var level = ServiceLevel.Of([Answered("a", queuedAgo: 300, waited: 12)], "support", Target, Now);

        Assert.That(level, Is.EqualTo(new ServiceLevel(1, 1)));
        Assert.That(level.Display, Is.EqualTo("100%"));
    }

    [Test]
    public void Of_AnsweredExactlyAtTheTarget_Meets()
    {
        var level = ServiceLevel.Of([Answered("a", queuedAgo: 300, waited: 20)], "support", Target, Now);

        Assert.That(level, Is.EqualTo(new ServiceLevel(1, 1)));
    }

    [Test]
    public void Of_AnsweredAfterTheTarget_CountsAgainst()
    {
        var level = ServiceLevel.Of([Answered("a", queuedAgo: 300, waited: 21)], "support", Target, Now);

        Assert.That(level, Is.EqualTo(new ServiceLevel(0, 1)));
    }

    [TestCase(CallOutcome.Abandoned)]
    [TestCase(CallOutcome.Overflowed)]
    [TestCase(CallOutcome.Voicemail)]
    [TestCase(CallOutcome.CallbackFailed)]
    public void Of_EndedUnanswered_CountsAgainstEvenWithinTheTarget(CallOutcome outcome)
    {
        var quickHangup = Queued("a", queuedAgo: 300) with { EndedAt = Now.AddSeconds(-295), Outcome = outcome };

        var level = ServiceLevel.Of([quickHangup], "support", Target, Now);

        Assert.That(level, Is.EqualTo(new ServiceLevel(0, 1)));
    }

    [Test]
    public void Of_StillWaitingWithinTheTarget_IsNotCountedYet()
    {
        var level = ServiceLevel.Of([Queued("a", queuedAgo: 10)], "support", Target, Now);

        Assert.That(level, Is.EqualTo(ServiceLevel.None));
        Assert.That(level.Display, Is.EqualTo("—"));
    }

    [Test]
    public void Of_StillWaitingPastTheTarget_CountsAgainst()
    {
        var level = ServiceLevel.Of([Queued("a", queuedAgo: 25)], "support", Target, Now);

        Assert.That(level, Is.EqualTo(new ServiceLevel(0, 1)));
    }

    [Test]
    public void Of_CallbackWaitingPastTheTarget_CountsAgainst()
    {
        var callback = Queued("a", queuedAgo: 120) with { EndedAt = Now.AddSeconds(-100), Outcome = CallOutcome.CallbackRequested };

        var level = ServiceLevel.Of([callback], "support", Target, Now);

        Assert.That(level, Is.EqualTo(new ServiceLevel(0, 1)));
    }

    [Test]
    public void Of_CallsOfOtherQueuesOrNeverQueued_AreLeftOut()
    {
        CallRecord[] calls =
        [
            Answered("sales-call", queuedAgo: 300, waited: 50) with { Queue = "sales" },
            new CallRecord { CallId = "ivr-only", StartedAt = Now.AddMinutes(-5), Outcome = CallOutcome.SelfService },
            Answered("support-call", queuedAgo: 300, waited: 5),
        ];

        var level = ServiceLevel.Of(calls, "support", Target, Now);

        Assert.That(level, Is.EqualTo(new ServiceLevel(1, 1)));
    }

    [Test]
    public void Display_TwoOfThree_Is66Percent()
    {
        Assert.That(new ServiceLevel(2, 3).Display, Is.EqualTo("66%"));
    }

    [Test]
    public void OfEach_GivesEveryQueueItsOwnTarget()
    {
        CallRecord[] calls = [Answered("a", queuedAgo: 300, waited: 15), Answered("b", queuedAgo: 300, waited: 15) with { Queue = "vip" }];

        var levels = ServiceLevel.OfEach(calls, [("support", TimeSpan.FromSeconds(20)), ("vip", TimeSpan.FromSeconds(10))], Now);

        Assert.That(levels["support"], Is.EqualTo(new ServiceLevel(1, 1)));
        Assert.That(levels["vip"], Is.EqualTo(new ServiceLevel(0, 1)));
    }

    private static CallRecord Queued(string callId, int queuedAgo) => new()
    {
        CallId = callId,
        StartedAt = Now.AddSeconds(-queuedAgo - 30),
        Queue = "support",
        EnqueuedAt = Now.AddSeconds(-queuedAgo),
    };

    private static CallRecord Answered(string callId, int queuedAgo, int waited) => Queued(callId, queuedAgo) with
    {
        ConnectedAt = Now.AddSeconds(-queuedAgo + waited),
        AnsweredAt = Now.AddSeconds(-queuedAgo + waited),
        AgentExtension = "1001",
        Outcome = CallOutcome.Answered,
    };
}
