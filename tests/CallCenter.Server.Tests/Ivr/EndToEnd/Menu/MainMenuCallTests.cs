using CallCenter.Core.Records;
using CallCenter.Testing;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>How the main menu treats a caller: wrong keys, silence, giving up, hanging up, barge-in and type-ahead.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class MainMenuCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    [Test]
    public async Task KeyNotOnTheMenu_HearsInvalidOption_AndTheMenuAgain()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("9");
        var heard = await caller.MediaUntilAsync("main-menu");

        Assert.That(heard, Is.EqualTo(new[] { Sound("invalid-option"), Sound("main-menu") }));
    }

    [Test]
    public async Task Silence_HearsNoInput_AndTheMenuAgain()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        var heard = await caller.MediaUntilAsync("main-menu");

        Assert.That(heard, Is.EqualTo(new[] { Sound("no-input"), Sound("main-menu") }));
    }

    [Test]
    public async Task SilenceThroughEveryAttempt_GoesToTheAgentFallback()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        var heard = await caller.MediaUntilAsync("agent-unavailable");

        string[] twoMoreTriesThenAnAgent = [Sound("no-input"), Sound("main-menu"), Sound("no-input"), Sound("main-menu"), Sound("agent-unavailable")];
        Assert.That(heard, Is.EqualTo(twoMoreTriesThenAnAgent));
    }

    [Test]
    public async Task SilenceThroughEveryAttempt_IsAStepOfTheCall()
    {
        string callId;
        await using (var caller = await Rig.CallAsync())
        {
            await caller.ReachMainMenuAsync();
            await caller.HearAsync("agent-unavailable");
            callId = caller.CallId;
        }

        await Rig.EndedRecordAsync(callId);
        var steps = await Rig.StepsAsync(callId);

        Assert.That(steps.Where(s => s.Node == "main-menu").Select(s => s.Outcome), Is.EqualTo(new[] { "no input, 3 attempts: fallback" }));
    }

    [Test]
    public async Task HangupDuringTheMenuPrompt_EndsTheRecordCleanly_WithNoErrorLogged()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.HangUpAsync();

        var record = await Rig.EndedRecordAsync(caller.CallId);
        var steps = await Rig.StepsAsync(caller.CallId);
        var menu = caller.Heard.Last(r => r.MediaUri == Sound("main-menu"));
        Assert.Multiple(() =>
        {
            Assert.That(menu.Outcome, Is.EqualTo(PlaybackOutcome.Failed), "the menu was cut by the hangup");
            Assert.That(record.EndedAt, Is.GreaterThanOrEqualTo(record.StartedAt));
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.AbandonedInIvr), "nothing was said to or done for the caller yet");
            Assert.That((steps[^1].Node, steps[^1].Outcome), Is.EqualTo(("main-menu", "hung up")));
            Assert.That(Rig.ErrorsOf(caller.CallId).Select(e => e.RenderMessage(null)), Is.Empty);
        });
    }

    [Test]
    public async Task KeyDuringTheMenuPrompt_StopsIt_AndTheChosenOptionsPromptStarts()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("4");
        var next = await caller.HearAsync("store-info-intro");

        var menu = caller.Heard.Last(r => r.MediaUri == Sound("main-menu"));
        Assert.Multiple(() =>
        {
            Assert.That(menu.Outcome, Is.EqualTo(PlaybackOutcome.Stopped));
            Assert.That(next.StartedAt, Is.GreaterThanOrEqualTo(menu.FinishedAt ?? DateTimeOffset.MaxValue));
            Assert.That(caller.Heard.SkipWhile(r => r != menu).Skip(1).First(), Is.EqualTo(next), "nothing between the menu and the option");
        });
    }

    [Test]
    public async Task KeysTypedDuringTheWelcome_AnswerTheLanguageChoiceAndTheMenu_WithoutTheirQuestions()
    {
        await using var caller = await Rig.CallAsync();
        await caller.HearAsync("welcome");

        await caller.PressAsync("14");
        var heard = await caller.MediaUntilAsync("store-info-intro");

        Assert.That(heard, Is.EqualTo(new[] { Sound("notice-holiday-hours"), Sound("store-info-intro") }));
    }
}
