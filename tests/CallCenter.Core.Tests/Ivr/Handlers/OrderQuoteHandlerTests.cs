using CallCenter.Core.Catalog;
using CallCenter.Core.Ivr.Handlers;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class OrderQuoteHandlerTests
{
    private HandlerLogs logs = null!;
    private FakeProductCatalog catalog = null!;
    private OrderQuoteHandler handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        logs = new HandlerLogs();
        catalog = new FakeProductCatalog().With(new Product("10234", "Wireless Earbuds", "", 49.99m, 3));
        handler = new OrderQuoteHandler(catalog, logs.For<OrderQuoteHandler>());
    }

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task ProductInStock_SetsTheUnitPriceAndTheTotal()
    {
        var result = await handler.RunAsync(Request(quantity: "3"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Is.EquivalentTo(new Dictionary<string, string>
            {
                [CallVariables.UnitPrice] = "49.99",
                [CallVariables.OrderTotal] = "149.97",
            }));
        });
    }

    [Test]
    public async Task MoreThanInStock_IsNotFound_OutOfStock()
    {
        var result = await handler.RunAsync(Request(quantity: "4"));

        Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.OutOfStock)));
    }

    [Test]
    public async Task UnknownProduct_IsNotFound_ProductNotFound()
    {
        var result = await handler.RunAsync(Request(code: "99999"));

        Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.ProductNotFound)));
    }

    [Test]
    public async Task CallerNotIdentified_IsNotFound_NeedIdentity_WithoutAskingTheCatalog()
    {
        var result = await handler.RunAsync(Request(customerId: null));

        Assert.Multiple(() =>
        {
            Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.NeedIdentity)));
            Assert.That(catalog.Asked, Is.Empty);
        });
    }

    [TestCase("0", TestName = "QuantityZero_IsNotFound_InvalidQuantity")]
    [TestCase("100", TestName = "QuantityOverNinetyNine_IsNotFound_InvalidQuantity")]
    [TestCase("", TestName = "NoQuantity_IsNotFound_InvalidQuantity")]
    [TestCase("2#", TestName = "QuantityWithAHash_IsNotFound_InvalidQuantity")]
    public async Task QuantityOutOfRange_IsNotFound_InvalidQuantity(string quantity)
    {
        var result = await handler.RunAsync(Request(quantity: quantity));

        Assert.Multiple(() =>
        {
            Assert.That(Described(result), Is.EqualTo(Problem(QuoteProblems.InvalidQuantity)));
            Assert.That(catalog.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task NinetyNine_IsTheLargestQuantityQuoted()
    {
        catalog.With(new Product("30001", "Green Tea 100 Bags", "", 8.99m, 500));

        var result = await handler.RunAsync(Request(code: "30001", quantity: "99"));

        Assert.That(result.Set(), Does.ContainKey(CallVariables.OrderTotal).WithValue("890.01"));
    }

    [Test]
    public async Task DatabaseDown_IsError()
    {
        catalog.Unavailable = true;

        var result = await handler.RunAsync(Request());

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
    }

    internal static HandlerContext Request(string? customerId = "42", string code = "10234", string quantity = "1")
    {
        var variables = new Dictionary<string, string> { [CallVariables.ProductCode] = code, [CallVariables.Quantity] = quantity };
        if (customerId is not null)
        {
            variables[CallVariables.CustomerId] = customerId;
        }
        return Context(variables);
    }

    /// <summary>How a refused order reads in <see cref="HandlerCalls.Described"/>.</summary>
    internal static string Problem(string prompt) => $"NotFound {CallVariables.QuoteProblemPrompt}={prompt}";

    [Test]
    public async Task ProductInStock_SummaryGivesWhatAndTheTotal()
    {
        var result = await handler.RunAsync(Request(quantity: "3"));

        Assert.That(result.Summary, Is.EqualTo("quote for 3 x 10234 Wireless Earbuds: $149.97"));
    }

    [Test]
    public async Task MoreThanInStock_SummarySaysOutOfStock()
    {
        var result = await handler.RunAsync(Request(quantity: "4"));

        Assert.That(result.Summary, Is.EqualTo("no quote for 4 x 10234 Wireless Earbuds: out of stock"));
    }

    [Test]
    public async Task UnknownProduct_SummarySaysProductNotFound()
    {
        var result = await handler.RunAsync(Request(code: "99999"));

        Assert.That(result.Summary, Is.EqualTo("no quote for 1 x 99999: product not found"));
    }

    [Test]
    public async Task QuantityNotValid_SummarySaysSo()
    {
        var result = await handler.RunAsync(Request(quantity: "0"));

        Assert.That(result.Summary, Is.EqualTo("no quote: quantity not valid"));
    }
}
