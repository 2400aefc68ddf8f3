using CallCenter.Core.Calls;
using CallCenter.Core.Records;

namespace CallCenter.Core.Tests.Ivr.Runtime;

public sealed class MenuTests
{
    private const string Flow = """
        flow: test
        start: notice
        defaults:
          attempts: 3
          invalid-prompt: invalid-option
          timeout-prompt: no-input
          fallback: agent
        nodes:
          notice:
            type: announce
            prompts:
              - welcome
              - prompt: winter-sale
                from: 2026-11-20
                until: 2026-11-30
              - prompt: spring-sale
                from: 2027-03-01
                until: 2027-03-31
            next: main-menu
          main-menu:
            type: menu
            prompt: main-menu
            timeout: 5s
            options:
              "1": points
              "2": orders
          points:
            type: hangup
            prompt: points-closed
          orders:
            type: hangup
            prompt: orders-closed
          agent:
            type: hangup
            prompt: agent-unavailable
        """;

    [Test]
    public async Task Arrival_AnswersAndPlaysOnlyTheAnnouncementsOfToday()
    {
        var rig = new IvrRig(Flow);

        await rig.ArriveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Actions[0], Is.EqualTo("answer"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:welcome sound:winter-sale"));
            Assert.That(rig.Node, Is.EqualTo("notice"));
            Assert.That(rig.Journal.Records[0].Outcome, Is.EqualTo(CallOutcome.InProgress));
        });
    }

    [Test]
    public async Task KeyDuringTheMenu_StopsThePromptAndGoesWhereTheKeyLeads()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();
        var menuPrompt = rig.Line.Played[^1].Id;

        await rig.PressAsync("2");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Stopped, Is.EqualTo(new[] { menuPrompt }));
            Assert.That(rig.Node, Is.EqualTo("orders"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:orders-closed"));
            Assert.That(rig.Journal.Steps.Select(s => (s.Node, s.Input, s.Outcome)), Does.Contain(("main-menu", "2", "key 2")));
        });
    }

    [Test]
    public async Task KeysTypedDuringTheAnnouncement_AnswerTheMenuWithoutPlayingIt()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();

        await rig.PressAsync("1");
        await rig.FinishPromptAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("points"));
            Assert.That(rig.Line.Played.Select(p => string.Join(" ", p.Media)), Has.None.Contains("main-menu"));
        });
    }

    [Test]
    public async Task WrongKey_SaysSoAndAsksAgain()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();

        await rig.PressAsync("7");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("main-menu"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:invalid-option sound:main-menu"));
        });
    }

    [Test]
    public async Task Silence_TimesOutAfterTheMenuEndsAndAsksAgain()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();
        var timersBeforeMenuEnds = rig.Line.Timers.Count;
        await rig.FinishPromptAsync();

        await rig.ElapseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(timersBeforeMenuEnds, Is.Zero, "the timeout starts once the question has been asked");
            Assert.That(rig.Line.Timers[0].Delay, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:no-input sound:main-menu"));
        });
    }

    [Test]
    public async Task AttemptsRunOut_TakesTheFallback()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();

        await rig.PressAsync("7");
        await rig.FinishPromptAsync();
        await rig.ElapseAsync();
        await rig.PressAsync("8");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("agent"));
            Assert.That(rig.Journal.Steps.Single(s => s.Node == "main-menu").Outcome, Does.StartWith("wrong key 8, 3 attempts: fallback"));
        });
    }

    [Test]
    public async Task HangupNode_PlaysItsPromptThenEndsTheCall_AndTheRecordIsClosed()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();
        await rig.PressAsync("1");

        await rig.FinishPromptAsync();
        var hungUpByUs = rig.Line.HungUp;
        await rig.Send(new CallEnded(CallEndReason.WeHungUp));

        Assert.Multiple(() =>
        {
            Assert.That(hungUpByUs, Is.True);
            Assert.That(rig.Call.IsFinished, Is.True);
            Assert.That(rig.Journal.Last.Outcome, Is.EqualTo(CallOutcome.SelfService));
            Assert.That(rig.Journal.Last.EndedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task CallerHangsUpMidMenu_CallEndsCleanlyWithTheStepWritten()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();

        await rig.HangUpAsync();
        await rig.PressAsync("1");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Call.IsFinished, Is.True);
            Assert.That(rig.Journal.Steps[^1], Has.Property("Node").EqualTo("main-menu").And.Property("Outcome").EqualTo("hung up"));
            Assert.That(rig.Line.RunningTimer, Is.Null);
            Assert.That(rig.Journal.Last.EndedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task Shutdown_MidMenu_SaysGoodbyeThenHangsUp()
    {
        var rig = new IvrRig(Flow);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();
        var menuPrompt = rig.Line.Played[^1].Id;

        await rig.Send(new ShutdownRequested());
        await rig.FinishPromptAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Stopped, Does.Contain(menuPrompt));
            Assert.That(rig.Line.Played[^1].Media, Is.EqualTo(new[] { "sound:goodbye" }));
            Assert.That(rig.Line.HungUp, Is.True);
        });
    }
}
