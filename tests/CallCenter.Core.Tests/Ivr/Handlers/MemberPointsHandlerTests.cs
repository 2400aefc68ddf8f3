using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;
using Microsoft.Extensions.Logging;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class MemberPointsHandlerTests
{
    private static readonly string AnnsCard = MembershipCard.WithCheckDigit("88123456789");

    private HandlerLogs logs = null!;
    private FakeCustomerDirectory customers = null!;
    private MemberPointsHandler handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        logs = new HandlerLogs();
        customers = new FakeCustomerDirectory().With(new Customer { Id = 42, Name = "Ann Member", Tier = CustomerTier.Member, CardNumber = AnnsCard, PointsBalance = 1250 });
        handler = new MemberPointsHandler(customers, logs.For<MemberPointsHandler>());
    }

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task KnownCard_SetsPointsToTheCardsBalance()
    {
        var result = await handler.RunAsync(With(CallVariables.Card, AnnsCard));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Does.ContainKey(CallVariables.Points).WithValue("1250"));
        });
    }

    [Test]
    public async Task KnownCard_SetsTheHoldersCustomerId()
    {
        var result = await handler.RunAsync(With(CallVariables.Card, AnnsCard));

        Assert.That(result.Set(), Does.ContainKey(CallVariables.CustomerId).WithValue("42"));
    }

    [Test]
    public async Task CardNobodyHolds_IsNotFound()
    {
        var result = await handler.RunAsync(With(CallVariables.Card, MembershipCard.WithCheckDigit("88000000001")));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    [TestCase("881234567890", TestName = "CardFailingTheCheckDigit_IsNotFound_WithoutAskingTheDirectory")]
    [TestCase("8812345678", TestName = "CardTooShort_IsNotFound_WithoutAskingTheDirectory")]
    [TestCase("88123456789*", TestName = "CardWithAStar_IsNotFound_WithoutAskingTheDirectory")]
    [TestCase("", TestName = "NothingKeyed_IsNotFound_WithoutAskingTheDirectory")]
    public async Task MalformedCard_IsNotFound_WithoutAskingTheDirectory(string keyed)
    {
        Assume.That(MembershipCard.IsValid(keyed), Is.False);

        var result = await handler.RunAsync(With(CallVariables.Card, keyed));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Assert.That(customers.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task NoCardVariable_IsNotFound()
    {
        var result = await handler.RunAsync(Context());

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    [Test]
    public async Task DatabaseDown_IsError_WithAWarning()
    {
        customers.Unavailable = true;

        var result = await handler.RunAsync(With(CallVariables.Card, AnnsCard));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
            Assert.That(logs.Entries.Select(e => e.Level), Is.EqualTo(new[] { LogLevel.Warning }));
            Assert.That(logs.Entries.Single().Properties, Does.ContainKey("CallId").WithValue(CallId));
        });
    }

    [Test]
    public async Task CardNumbers_AreNeverLoggedWhole()
    {
        var mistyped = "881234567890";
        var unknown = MembershipCard.WithCheckDigit("88000000001");

        await handler.RunAsync(With(CallVariables.Card, mistyped));
        await handler.RunAsync(With(CallVariables.Card, unknown));
        customers.Unavailable = true;
        await handler.RunAsync(With(CallVariables.Card, AnnsCard));

        var written = logs.Written;
        Assert.Multiple(() =>
        {
            Assert.That(logs.Entries, Has.Count.EqualTo(3));
            Assert.That(written, Does.Not.Contain(mistyped).And.Not.Contain(unknown).And.Not.Contain(AnnsCard));
            Assert.That(written, Does.Contain("********7890"));
        });
    }

    [Test]
    public async Task KnownCard_SummaryGivesThePointsAndOnlyTheCardsLastFourDigits()
    {
        var card = MembershipCard.WithCheckDigit("88000012341");
        customers.With(new Customer { Id = 43, Name = "Big Spender", CardNumber = card, PointsBalance = 12345 });

        var result = await handler.RunAsync(With(CallVariables.Card, card));

        Assert.Multiple(() =>
        {
            Assert.That(result.Summary, Is.EqualTo($"member points: 12,345 (card ********{card[^4..]})"));
            Assert.That(result.Summary, Does.Not.Contain(card));
        });
    }

    [Test]
    public async Task CardNobodyHolds_SummarySaysSo_WithTheCardMasked()
    {
        var card = MembershipCard.WithCheckDigit("88000000001");

        var result = await handler.RunAsync(With(CallVariables.Card, card));

        Assert.That(result.Summary, Is.EqualTo($"card {MembershipCard.Mask(card)}: no member holds it"));
    }

    [Test]
    public async Task MalformedCard_SummarySaysSo_WithTheKeyedDigitsMasked()
    {
        var result = await handler.RunAsync(With(CallVariables.Card, "881234567890"));

        Assert.That(result.Summary, Is.EqualTo("card ********7890: not a card number"));
    }
}
