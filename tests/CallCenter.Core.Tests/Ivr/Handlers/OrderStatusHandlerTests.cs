using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Orders;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class OrderStatusHandlerTests
{
    private HandlerLogs logs = null!;
    private FakeOrderBook orders = null!;
    private OrderStatusHandler handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        logs = new HandlerLogs();
        orders = new FakeOrderBook();
        handler = new OrderStatusHandler(orders, logs.For<OrderStatusHandler>());
    }

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task ShippedOrder_SaysShippedAndWhenItIsExpected()
    {
        orders.With(Order("30417725", OrderStatus.Shipped, new DateOnly(2026, 11, 26)));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "30417725"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Is.EquivalentTo(new Dictionary<string, string>
            {
                [CallVariables.OrderStatusPrompt] = "status-shipped",
                [CallVariables.DeliveryPrompt] = "expected-delivery",
                [CallVariables.ExpectedDate] = "2026-11-26",
            }));
        });
    }

    [Test]
    public async Task OrderWithoutADate_SetsNoDeliveryPrompt()
    {
        orders.With(Order("30417725", OrderStatus.Paid, expected: null));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "30417725"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Set(), Does.ContainKey(CallVariables.OrderStatusPrompt).WithValue("status-paid"));
            Assert.That(result.Set(), Does.Not.ContainKey(CallVariables.DeliveryPrompt).And.Not.ContainKey(CallVariables.ExpectedDate));
        });
    }

    [TestCase(OrderStatus.Delivered, TestName = "DeliveredOrder_IsNotSaidToBeExpected")]
    [TestCase(OrderStatus.Cancelled, TestName = "CancelledOrder_IsNotSaidToBeExpected")]
    public async Task FinishedOrder_IsNotSaidToBeExpected(OrderStatus status)
    {
        orders.With(Order("30417725", status, new DateOnly(2026, 11, 2)));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "30417725"));

        Assert.That(result.Set(), Does.Not.ContainKey(CallVariables.DeliveryPrompt).And.Not.ContainKey(CallVariables.ExpectedDate));
    }

    [TestCase(OrderStatus.Placed, "status-placed")]
    [TestCase(OrderStatus.Paid, "status-paid")]
    [TestCase(OrderStatus.Picking, "status-picking")]
    [TestCase(OrderStatus.Shipped, "status-shipped")]
    [TestCase(OrderStatus.OutForDelivery, "status-out-for-delivery")]
    [TestCase(OrderStatus.Delivered, "status-delivered")]
    [TestCase(OrderStatus.Cancelled, "status-cancelled")]
    public async Task EveryStatus_IsSaidByItsPrompt(OrderStatus status, string prompt)
    {
        orders.With(Order("30417725", status, expected: null));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "30417725"));

        Assert.That(result.Set(), Does.ContainKey(CallVariables.OrderStatusPrompt).WithValue(prompt));
    }

    [Test]
    public void EveryStatus_HasAPrompt()
    {
        Assert.That(Enum.GetValues<OrderStatus>().Select(OrderStatusHandler.StatusPrompt), Is.Unique.And.All.StartsWith("status-"));
    }

    [Test]
    public async Task UnknownOrderNumber_IsNotFound()
    {
        orders.With(Order("30417725", OrderStatus.Paid, expected: null));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "30417726"));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    [TestCase("", TestName = "EmptyOrderNumber_IsNotFound_WithoutAskingTheBook")]
    [TestCase("3041#725", TestName = "OrderNumberWithAHash_IsNotFound_WithoutAskingTheBook")]
    [TestCase("123456789012345678901", TestName = "OrderNumberLongerThanAnyKey_IsNotFound_WithoutAskingTheBook")]
    public async Task MalformedOrderNumber_IsNotFound_WithoutAskingTheBook(string keyed)
    {
        var result = await handler.RunAsync(With(CallVariables.OrderNumber, keyed));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Assert.That(orders.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task DatabaseDown_IsError()
    {
        orders.Unavailable = true;

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "30417725"));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
    }

    [Test]
    public async Task OrderNumbers_AreLoggedMasked()
    {
        await handler.RunAsync(With(CallVariables.OrderNumber, "30417726"));

        Assert.That(logs.Written, Does.Contain("****7726").And.Not.Contain("30417726"));
    }

    private static Order Order(string number, OrderStatus status, DateOnly? expected) => new()
    {
        Number = number,
        CustomerId = 7,
        Status = status,
        ExpectedDelivery = expected,
        Lines = [new OrderLine("10234", 1, 49.99m)],
    };

    [Test]
    public async Task ShippedOrder_SummaryGivesTheStatusAndTheShortExpectedDate()
    {
        orders.With(Order("100045", OrderStatus.Shipped, new DateOnly(2026, 11, 24)));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "100045"));

        Assert.That(result.Summary, Is.EqualTo("order 100045: shipped, expected Nov 24"));
    }

    [Test]
    [SetCulture("fr-FR")]
    public async Task SummaryDate_IsTheSameWhateverTheServersCulture()
    {
        orders.With(Order("100045", OrderStatus.OutForDelivery, new DateOnly(2026, 12, 3)));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "100045"));

        Assert.That(result.Summary, Is.EqualTo("order 100045: out for delivery, expected Dec 3"));
    }

    [Test]
    public async Task DeliveredOrder_SummaryLeavesOutTheOldExpectedDate()
    {
        orders.With(Order("100045", OrderStatus.Delivered, new DateOnly(2026, 11, 2)));

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "100045"));

        Assert.That(result.Summary, Is.EqualTo("order 100045: delivered"));
    }

    [Test]
    public async Task UnknownOrder_SummarySaysNotFound()
    {
        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "999999"));

        Assert.That(result.Summary, Is.EqualTo("order 999999: not found"));
    }

    [Test]
    public async Task CardNumberKeyedAsAnOrderNumber_IsMaskedInTheSummary()
    {
        var card = MembershipCard.WithCheckDigit("88123456789");

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, card));

        Assert.That(result.Summary, Is.EqualTo($"order {MembershipCard.Mask(card)}: not found"));
    }

    [Test]
    public async Task DatabaseDown_SummarySaysTheLookupCouldNotBeMade()
    {
        orders.Unavailable = true;

        var result = await handler.RunAsync(With(CallVariables.OrderNumber, "100045"));

        Assert.That(result.Summary, Is.EqualTo("order-status: the data could not be reached"));
    }
}
