using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Orders;
using Microsoft.Extensions.Logging;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;
using static CallCenter.Core.Tests.Ivr.Handlers.OrderQuoteHandlerTests;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class PlaceOrderHandlerTests
{
    private HandlerLogs logs = null!;
    private FakeOrderBook orders = null!;
    private PlaceOrderHandler handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        logs = new HandlerLogs();
        orders = new FakeOrderBook().Selling("10234", 49.99m, inStock: 3);
        handler = new PlaceOrderHandler(orders, logs.For<PlaceOrderHandler>());
    }

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task ConfirmedOrder_SetsTheNewOrdersNumber()
    {
        var result = await handler.RunAsync(Request(quantity: "2"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Does.ContainKey(CallVariables.OrderNumber).WithValue("40000001"));
        });
    }

    [Test]
    public async Task ConfirmedOrder_IsPlacedForTheCustomer_InThisCall()
    {
        await handler.RunAsync(Request(customerId: "42", code: "10234", quantity: "2"));

        var placed = orders.Placed.Single();
        Assert.Multiple(() =>
        {
            Assert.That(placed.CustomerId, Is.EqualTo(42));
            Assert.That(placed.CallId, Is.EqualTo(CallId));
            Assert.That(placed.Lines.Select(l => (l.ProductCode, l.Quantity)), Is.EqualTo(new[] { ("10234", 2) }));
        });
    }

    [Test]
    public async Task PriceChangedSinceTheQuote_TotalIsWhatTheBookCharged()
    {
        var context = Request(quantity: "2");
        context = context with { Variables = new Dictionary<string, string>(context.Variables) { [CallVariables.UnitPrice] = "45.00", [CallVariables.OrderTotal] = "90.00" } };

        var result = await handler.RunAsync(context);

        Assert.Multiple(() =>
        {
            Assert.That(result.Set(), Does.ContainKey(CallVariables.UnitPrice).WithValue("49.99"));
            Assert.That(result.Set(), Does.ContainKey(CallVariables.OrderTotal).WithValue("99.98"));
        });
    }

    [Test]
    public async Task StockTakenSinceTheQuote_IsNotFound_OutOfStock()
    {
        orders.Selling("10234", 49.99m, inStock: 1);

        var result = await handler.RunAsync(Request(quantity: "2"));

        Assert.Multiple(() =>
        {
            Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.OutOfStock)));
            Assert.That(orders.Placed, Is.Empty);
        });
    }

    [Test]
    public async Task CallerNotIdentified_PlacesNothing_NeedIdentity()
    {
        var result = await handler.RunAsync(Request(customerId: null));

        Assert.Multiple(() =>
        {
            Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.NeedIdentity)));
            Assert.That(orders.Asked, Is.Empty);
        });
    }

    [TestCase("0", TestName = "QuantityZero_PlacesNothing")]
    [TestCase("100", TestName = "QuantityOverNinetyNine_PlacesNothing")]
    public async Task QuantityOutOfRange_PlacesNothing(string quantity)
    {
        var result = await handler.RunAsync(Request(quantity: quantity));

        Assert.Multiple(() =>
        {
            Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.InvalidQuantity)));
            Assert.That(orders.Asked, Is.Empty);
        });
    }

    [TestCase("abc", TestName = "CustomerIdNotANumber_PlacesNothing")]
    [TestCase("0", TestName = "CustomerIdZero_PlacesNothing")]
    public async Task MalformedCustomerId_PlacesNothing(string customerId)
    {
        var result = await handler.RunAsync(Request(customerId: customerId));

        Assert.Multiple(() =>
        {
            Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.NeedIdentity)));
            Assert.That(orders.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task DatabaseDown_IsError_AndTheWarningSaysTheOrderMayHaveBeenPlaced()
    {
        orders.Unavailable = true;

        var result = await handler.RunAsync(Request());

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
            Assert.That(logs.Entries.Single(e => e.Level == LogLevel.Warning).Message, Does.Contain("may still have been placed"));
        });
    }

    [Test]
    public async Task OrderNumber_IsLoggedMasked()
    {
        await handler.RunAsync(Request());

        Assert.That(logs.Written, Does.Contain("****0001").And.Not.Contain("40000001"));
    }

    [Test]
    public async Task ConfirmedOrder_SummaryGivesTheOrderNumberWhatAndTheTotal()
    {
        var result = await handler.RunAsync(Request(code: "10234", quantity: "2"));

        Assert.That(result.Summary, Is.EqualTo("phone order 40000001 placed: 2 x 10234, $99.98"));
    }

    [Test]
    public async Task StockTakenSinceTheQuote_SummarySaysNotPlaced()
    {
        orders.Selling("10234", 49.99m, inStock: 1);

        var result = await handler.RunAsync(Request(code: "10234", quantity: "2"));

        Assert.That(result.Summary, Is.EqualTo("phone order of 2 x 10234 not placed: out of stock"));
    }

    [Test]
    public async Task CallerNotIdentified_SummarySaysWhyNothingWasPlaced()
    {
        var result = await handler.RunAsync(Request(customerId: null));

        Assert.That(result.Summary, Is.EqualTo("phone order not placed: caller not identified"));
    }
}
