using CallCenter.Core.Customers;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>1 at the main menu: a membership card number keyed in, its points balance said.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class MemberPointsCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    private static Customer Member => DemoDatabase.Data.Customers.First(c => c.CardNumber is not null && c.PointsBalance > 1000);

    [Test]
    public async Task ValidCard_HearsTheBalanceAsANumber_ThenTheMainMenu()
    {
        var member = Member;
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("1");
        await caller.HearAsync("enter-card");
        await caller.PressAsync(member.CardNumber!);
        var heard = await caller.MediaUntilAsync("main-menu");

        string[] balance = [Sound("points-balance-is"), .. Spoken.Number(member.PointsBalance), Sound("points"), Sound("main-menu")];
        Assert.That(heard, Is.EqualTo(balance));
    }

    [Test]
    public async Task ValidCard_StepsKeepTheCardMasked_AndTheRecordTheCustomer()
    {
        var member = Member;
        string callId;
        await using (var caller = await Rig.CallAsync())
        {
            await caller.ReachMainMenuAsync();
            await caller.PressAsync("1");
            await caller.HearAsync("enter-card");
            await caller.PressAsync(member.CardNumber!);
            await caller.HearAsync("main-menu");
            callId = caller.CallId;
        }

        var record = await Rig.EndedRecordAsync(callId);
        var steps = await Rig.StepsAsync(callId);

        Assert.Multiple(() =>
        {
            Assert.That(steps.Where(s => s.Node == "card-number").Select(s => s.Input), Is.EqualTo(new[] { MembershipCard.Mask(member.CardNumber!) }));
            Assert.That(steps.Where(s => s.Node == "points-lookup").Select(s => s.Outcome), Is.EqualTo(new[] { "found" }));
            Assert.That(steps.Select(s => s.Input ?? ""), Has.None.Contains(member.CardNumber!));
            Assert.That(record.CustomerId, Is.EqualTo(member.Id));
        });
    }

    [Test]
    public async Task WrongCheckDigit_HearsInvalidCardAndIsAskedAgain_ThenAValidCardIsAnswered()
    {
        var member = Member;
        var wrong = member.CardNumber![..^1] + (char)('0' + ((member.CardNumber[^1] - '0' + 1) % 10));
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("1");
        await caller.HearAsync("enter-card");

        await caller.PressAsync(wrong);
        var afterWrong = await caller.MediaUntilAsync("enter-card");
        await caller.PressAsync(member.CardNumber);
        var afterRight = await caller.MediaUntilAsync("main-menu");

        string[] balance = [Sound("points-balance-is"), .. Spoken.Number(member.PointsBalance), Sound("points"), Sound("main-menu")];
        Assert.Multiple(() =>
        {
            Assert.That(afterWrong, Is.EqualTo(new[] { Sound("invalid-card"), Sound("enter-card") }));
            Assert.That(afterRight, Is.EqualTo(balance));
        });
    }

    [Test]
    public async Task UnknownCard_HearsCardNotFound_ThenTheMainMenu()
    {
        var cards = DemoDatabase.Data.Customers.Select(c => c.CardNumber).ToHashSet();
        var unissued = Enumerable.Range(0, 10_000).Select(i => MembershipCard.WithCheckDigit($"77{i:000000000}")).First(c => !cards.Contains(c));
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("1");
        await caller.HearAsync("enter-card");

        await caller.PressAsync(unissued);
        var heard = await caller.MediaUntilAsync("main-menu");

        Assert.That(heard, Is.EqualTo(new[] { Sound("card-not-found"), Sound("main-menu") }));
    }

    [Test]
    public async Task WrongCardOnEveryAttempt_GoesToTheAgentFallback()
    {
        const string NotACard = "123456789012";
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("1");
        await caller.HearAsync("enter-card");

        await caller.PressAsync(NotACard);
        await caller.HearAsync("enter-card");
        await caller.PressAsync(NotACard);
        await caller.HearAsync("enter-card");
        await caller.PressAsync(NotACard);
        var heard = await caller.MediaUntilAsync("agent-unavailable");

        Assert.That(heard, Is.EqualTo(new[] { Sound("agent-unavailable") }));
    }
}
