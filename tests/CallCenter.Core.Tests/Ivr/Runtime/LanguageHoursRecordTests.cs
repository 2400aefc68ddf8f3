using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Records;

namespace CallCenter.Core.Tests.Ivr.Runtime;

public sealed class LanguageHoursRecordTests
{
    private const string Flow = """
        flow: test
        languages: [en, zh]
        default-language: en
        time-zone: Asia/Shanghai
        start: hours
        defaults:
          fallback: bye
        nodes:
          hours:
            type: hours
            schedule:
              mon-fri: "09:00-18:00"
              sat: "10:00-16:00"
              sun: closed
            holidays: [2026-12-25]
            open: identify
            closed: after-hours
          after-hours:
            type: hangup
            prompt: after-hours
          identify:
            type: lookup
            handler: identify-caller
            found: language
            not-found: language
            error: language
          language:
            type: language
            prompt: choose-language
            options:
              "1": en
              "2": zh
            timeout: 4s
            default: en
            skip-when-known: true
            next: complaint
          complaint:
            type: record
            prompt: complaint-intro
            review-prompt: complaint-review
            max-length: 120s
            into: recording
            next: ticket
            fallback: bye
          ticket:
            type: lookup
            handler: create-ticket
            found: thanks
            error: thanks
          thanks:
            type: hangup
            prompt: complaint-thanks
          bye:
            type: hangup
            prompt: goodbye
        """;

    // Tuesday 24 November 2026, 15:00 UTC is 23:00 in Shanghai: closed.
    private static readonly DateTimeOffset TuesdayAfternoonInShanghai = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task OutsideTheScheduleInTheFlowsTimeZone_GoesAfterHours()
    {
        var rig = Rig(out _, out _);

        await rig.ArriveAsync();

        Assert.That(rig.Node, Is.EqualTo("after-hours"));
    }

    [TestCase("2026-11-24T06:00:00Z", "identify")]
    [TestCase("2026-11-28T03:00:00Z", "identify")]
    [TestCase("2026-11-29T03:00:00Z", "after-hours")]
    [TestCase("2026-12-25T03:00:00Z", "after-hours")]
    public async Task Schedule_WeekdaysSaturdaySundayHoliday(string utc, string expected)
    {
        var rig = Rig(out _, out _, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        await rig.ArriveAsync();

        Assert.That(rig.Journal.Steps[0].Outcome, Is.EqualTo(expected == "identify" ? "open" : "closed"));
    }

    [Test]
    public async Task ChoosingChinese_PlaysEveryLaterPromptInChinese()
    {
        var rig = Rig(out _, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();

        await rig.PressAsync("2");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("complaint"));
            Assert.That(rig.Line.Played[^1].Language, Is.EqualTo("zh"));
            Assert.That(rig.Line.Played[0].Language, Is.EqualTo("en"));
        });
    }

    [Test]
    public async Task KnownCallerWithAPreferredLanguage_IsNotAsked()
    {
        var rig = Rig(out _, out _, TuesdayAfternoonInShanghai, preferred: "zh");

        await rig.ArriveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("complaint"));
            Assert.That(rig.Line.Played.Select(p => string.Join(" ", p.Media)), Has.None.Contains("choose-language"));
            Assert.That(rig.Line.Played[^1].Language, Is.EqualTo("zh"));
        });
    }

    [Test]
    public async Task SilenceAtTheLanguageMenu_KeepsTheDefault()
    {
        var rig = Rig(out _, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();

        await rig.ElapseAsync();

        Assert.That((rig.Node, rig.Line.Played[^1].Language), Is.EqualTo(("complaint", "en")));
    }

    [Test]
    public async Task Message_RecordedReviewedKept_OpensTheTicket()
    {
        var rig = Rig(out var tickets, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();
        await rig.PressAsync("1");
        await rig.FinishPromptAsync();

        await rig.RecordingDoneAsync(TimeSpan.FromSeconds(12));
        await rig.PressAsync("1");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Recordings, Has.Count.EqualTo(1));
            Assert.That(tickets.Calls.Single().Variable("recording"), Is.EqualTo("rec1"));
            Assert.That(rig.Node, Is.EqualTo("thanks"));
        });
    }

    [Test]
    public async Task Message_RecordedAgain_DeletesTheFirst()
    {
        var rig = Rig(out var tickets, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();
        await rig.PressAsync("1");
        await rig.FinishPromptAsync();
        await rig.RecordingDoneAsync(TimeSpan.FromSeconds(12));

        await rig.PressAsync("2");
        await rig.RecordingDoneAsync(TimeSpan.FromSeconds(8));
        await rig.FinishPromptAsync();
        await rig.ElapseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Actions, Does.Contain("delete rec1"));
            Assert.That(tickets.Calls.Single().Variable("recording"), Is.EqualTo("rec2"), "silence at the review keeps the message");
        });
    }

    [Test]
    public async Task CallerHangsUpWhileRecordingAfterSpeaking_MessageIsKeptAndTheTicketStillOpened()
    {
        var rig = Rig(out var tickets, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();
        await rig.PressAsync("1");
        await rig.FinishPromptAsync();
        rig.Time.Advance(TimeSpan.FromSeconds(6));

        await rig.HangUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(tickets.Calls.Single().Variable("recording"), Is.EqualTo("rec1"));
            Assert.That(rig.Journal.Last.Outcome, Is.EqualTo(CallOutcome.Voicemail));
            Assert.That(rig.Call.IsFinished, Is.True);
        });
    }

    [Test]
    public async Task CallerHangsUpAtTheBeep_NoMessageAndNoTicket()
    {
        var rig = Rig(out var tickets, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();
        await rig.PressAsync("1");
        await rig.FinishPromptAsync();
        rig.Time.Advance(TimeSpan.FromMilliseconds(500));

        await rig.HangUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(tickets.Calls, Is.Empty);
            Assert.That(rig.Line.Actions, Does.Contain("delete rec1"));
            Assert.That(rig.Journal.Last.Outcome, Is.Not.EqualTo(CallOutcome.Voicemail));
        });
    }

    [Test]
    public async Task MessageShorterThanTheMinimum_IsNoMessage()
    {
        var rig = Rig(out var tickets, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();
        await rig.PressAsync("1");
        await rig.FinishPromptAsync();

        await rig.RecordingDoneAsync(TimeSpan.FromSeconds(1));

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("bye"));
            Assert.That(tickets.Calls, Is.Empty);
        });
    }

    [Test]
    public async Task NothingRecorded_TakesTheFallback()
    {
        var rig = Rig(out var tickets, out _, TuesdayAfternoonInShanghai);
        await rig.ArriveAsync();
        await rig.PressAsync("1");
        await rig.FinishPromptAsync();

        await rig.Send(new RecordingEnded("rec1", RecordingOutcome.Failed, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("bye"));
            Assert.That(tickets.Calls, Is.Empty);
        });
    }

    private static IvrRig Rig(out ScriptedHandler tickets, out ScriptedHandler identify, DateTimeOffset? now = null, string? preferred = null)
    {
        tickets = new ScriptedHandler("create-ticket", _ => HandlerResult.Found());
        identify = new ScriptedHandler("identify-caller", _ => preferred is null ? HandlerResult.NotFound() : HandlerResult.Found(new Dictionary<string, string> { ["preferred-language"] = preferred }));
        return new IvrRig(Flow, now ?? new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero), identify, tickets);
    }
}
