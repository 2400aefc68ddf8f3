using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;

namespace CallCenter.Core.Tests.Ivr.Runtime;

public sealed class CollectAndLookupTests
{
    private const string Flow = """
        flow: test
        start: card
        defaults:
          attempts: 2
          invalid-prompt: invalid-card
          timeout-prompt: no-input
          fallback: agent
        nodes:
          card:
            type: collect
            prompt: enter-card
            into: card
            digits: 12
            validate: membership-card
            first-digit-timeout: 8s
            inter-digit-timeout: 3s
            next: points
          points:
            type: lookup
            handler: member-points
            found: say-points
            not-found: not-found
            error: data-error
          say-points:
            type: say
            say:
              - prompt: points-balance-is
              - number: points
              - prompt: points
              - prompt: "{tier-greeting}"
            next: bye
          not-found:
            type: hangup
            prompt: card-not-found
          data-error:
            type: hangup
            prompt: data-error
          agent:
            type: hangup
            prompt: agent-unavailable
          bye:
            type: hangup
            prompt: goodbye
        """;

    private static readonly string Card = MembershipCard.WithCheckDigit("88001234567");

    [Test]
    public async Task ValidCardWithHash_IsLookedUpAndTheBalanceSpoken()
    {
        var handler = new ScriptedHandler("member-points", _ => HandlerResult.Found(new Dictionary<string, string> { ["points"] = "1250" }));
        var rig = new IvrRig(Flow, handler);
        await rig.ArriveAsync();

        await rig.PressAsync(Card[..11] + "#");
        var earlyHash = rig.Node;
        await rig.PressAsync(Card);

        Assert.Multiple(() =>
        {
            Assert.That(earlyHash, Is.EqualTo("card"), "11 digits and # is not a card: asked again");
            Assert.That(handler.Calls.Single().Variable("card"), Is.EqualTo(Card));
            Assert.That(rig.Node, Is.EqualTo("say-points"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:points-balance-is sound:number/1250 sound:points"), "the unset {tier-greeting} is left out");
        });
    }

    [Test]
    public async Task PromptNamedByDataWithoutARecording_IsLeftOut()
    {
        var handler = new ScriptedHandler("member-points", _ => HandlerResult.Found(new Dictionary<string, string> { ["points"] = "7", ["tier-greeting"] = "no-such-recording" }));
        var rig = new IvrRig(Flow, new TestPrompts(("en", "no-such-recording")), handler);
        await rig.ArriveAsync();

        await rig.PressAsync(Card);

        Assert.That(rig.LastPlayed, Is.EqualTo("sound:points-balance-is sound:number/7 sound:points"));
    }

    [Test]
    public async Task CardNumber_IsMaskedInTheSteps()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => HandlerResult.NotFound()));
        await rig.ArriveAsync();

        await rig.PressAsync(Card);

        var collected = rig.Journal.Steps.Single(s => s.Node == "card");
        Assert.Multiple(() =>
        {
            Assert.That(collected.Input, Is.EqualTo("********" + Card[^4..]));
            Assert.That(rig.Journal.Steps.Select(s => s.Input ?? ""), Has.None.Contains(Card));
        });
    }

    [Test]
    public async Task WrongCheckDigit_IsInvalidAndNeverLookedUp()
    {
        var handler = new ScriptedHandler("member-points", _ => HandlerResult.Found());
        var rig = new IvrRig(Flow, handler);
        await rig.ArriveAsync();

        var wrong = Card[..11] + (char)('0' + (Card[11] - '0' + 1) % 10);
        await rig.PressAsync(wrong);

        Assert.Multiple(() =>
        {
            Assert.That(handler.Calls, Is.Empty);
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:invalid-card sound:enter-card"));
        });
    }

    [Test]
    public async Task PauseAfterSomeDigits_IsTooFewAndAsksAgain_ThenFallsBack()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => HandlerResult.Found()));
        await rig.ArriveAsync();
        await rig.FinishPromptAsync();

        await rig.PressAsync("8800");
        var betweenKeys = rig.Line.Timers[^1].Delay;
        await rig.ElapseAsync();
        await rig.FinishPromptAsync();
        await rig.ElapseAsync();

        Assert.Multiple(() =>
        {
            Assert.That(betweenKeys, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(rig.Node, Is.EqualTo("agent"));
        });
    }

    [Test]
    public async Task FirstDigitTimeout_StartsAfterThePrompt()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => HandlerResult.Found()));
        await rig.ArriveAsync();

        await rig.FinishPromptAsync();

        Assert.That(rig.Line.Timers.Single().Delay, Is.EqualTo(TimeSpan.FromSeconds(8)));
    }

    [Test]
    public async Task HandlerFindsNothing_TakesTheNotFoundBranch()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => HandlerResult.NotFound()));
        await rig.ArriveAsync();

        await rig.PressAsync(Card);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("not-found"));
            Assert.That(rig.Journal.Steps.Single(s => s.Node == "points").Outcome, Is.EqualTo("not-found"));
        });
    }

    [Test]
    public async Task HandlerThrows_TakesTheErrorBranchAndTheCallGoesOn()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => throw new Ports.DataUnavailableException("database down")));
        await rig.ArriveAsync();

        await rig.PressAsync(Card);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("data-error"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:data-error"));
        });
    }

    [Test]
    public async Task FoundCustomer_IsWrittenIntoTheCallRecord()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => HandlerResult.Found(new Dictionary<string, string> { ["points"] = "5", ["customer-id"] = "42" })));
        await rig.ArriveAsync();
        await rig.PressAsync(Card);

        await rig.HangUpAsync();

        Assert.That(rig.Journal.Last.CustomerId, Is.EqualTo(42));
    }

    [Test]
    public async Task LookupStep_KeepsTheHandlersSummaryAsItsDetail()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => HandlerResult.Found(new Dictionary<string, string> { ["points"] = "5" }, "member points: 5 (card ****4567)")));
        await rig.ArriveAsync();

        await rig.PressAsync(Card);

        Assert.That(rig.Journal.Steps.Single(s => s.Node == "points").Detail, Is.EqualTo("member points: 5 (card ****4567)"));
    }

    [Test]
    public async Task CollectStep_HasNoDetail()
    {
        var rig = new IvrRig(Flow, new ScriptedHandler("member-points", _ => HandlerResult.Found(summary: "member points: 5 (card ****4567)")));
        await rig.ArriveAsync();

        await rig.PressAsync(Card);

        Assert.That(rig.Journal.Steps.Single(s => s.Node == "card").Detail, Is.Null);
    }
}
