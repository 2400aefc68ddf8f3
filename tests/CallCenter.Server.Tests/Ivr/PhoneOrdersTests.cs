using System.Globalization;
using CallCenter.Core.Catalog;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Orders;
using CallCenter.Data.Catalog;
using CallCenter.Data.Orders;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>order-quote and place-order on the real catalog and order book over the demo data.</summary>
public sealed class PhoneOrdersTests : DemoDatabaseTest
{
    private static Product InStock => DemoDatabase.Data.Products.First(p => p.Stock >= 2);

    private static long Customer => DemoDatabase.Data.Customers[0].Id;

    [Test]
    public async Task Quote_ProductInStock_SaysThePriceAndTheTotal()
    {
        var product = InStock;
        var handler = new OrderQuoteHandler(new ProductCatalog(Database), Logger<OrderQuoteHandler>());

        var result = await handler.RunAsync(Order(product.Code, 2), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
        Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string>
        {
            [CallVariables.UnitPrice] = Money(product.Price),
            [CallVariables.OrderTotal] = Money(product.Price * 2),
        }));
    }

    [Test]
    public async Task Quote_MoreThanInStock_IsOutOfStock()
    {
        var product = DemoDatabase.Data.Products.First(p => p.Stock < 99);
        var handler = new OrderQuoteHandler(new ProductCatalog(Database), Logger<OrderQuoteHandler>());

        var result = await handler.RunAsync(Order(product.Code, product.Stock + 1), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
        Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string> { [CallVariables.QuoteProblemPrompt] = "out-of-stock" }));
    }

    [Test]
    public async Task Place_ConfirmedOrder_IsInTheOrderBookUnderTheNumberTheCallerHears()
    {
        var product = InStock;
        var book = new OrderBook(Database);
        var handler = new PlaceOrderHandler(book, Logger<PlaceOrderHandler>());

        var result = await handler.RunAsync(Order(product.Code, 2), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
        var order = await book.FindByNumberAsync(result.Set![CallVariables.OrderNumber], CancellationToken.None);
        Assert.That(order, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(order!.CustomerId, Is.EqualTo(Customer));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Placed));
            Assert.That(order.Channel, Is.EqualTo("phone"));
            Assert.That(order.Lines, Is.EqualTo(new[] { new OrderLine(product.Code, 2, product.Price) }));
            Assert.That(result.Set, Does.ContainKey(CallVariables.OrderTotal).WithValue(Money(order.Total)));
        });
    }

    [Test]
    public async Task Place_TakesTheStock()
    {
        var product = InStock;
        var catalog = new ProductCatalog(Database);
        var handler = new PlaceOrderHandler(new OrderBook(Database), Logger<PlaceOrderHandler>());

        await handler.RunAsync(Order(product.Code, 2), CancellationToken.None);

        var after = await catalog.FindByCodeAsync(product.Code, CancellationToken.None);
        Assert.That(after!.Stock, Is.EqualTo(product.Stock - 2));
    }

    [Test]
    public async Task Place_LastOnesTakenByAnotherCallerSinceTheQuote_IsOutOfStock_AndKeepsNothing()
    {
        var product = DemoDatabase.Data.Products.First(p => p.Stock is > 0 and <= 99);
        var book = new OrderBook(Database);
        var quote = new OrderQuoteHandler(new ProductCatalog(Database), Logger<OrderQuoteHandler>());
        var place = new PlaceOrderHandler(book, Logger<PlaceOrderHandler>());
        var quoted = await quote.RunAsync(Order(product.Code, 1), CancellationToken.None);
        Assume.That(quoted.Outcome, Is.EqualTo(LookupOutcome.Found));
        var otherCaller = await place.RunAsync(Order(product.Code, product.Stock), CancellationToken.None);
        Assume.That(otherCaller.Outcome, Is.EqualTo(LookupOutcome.Found));
        var ordersBefore = await book.RecentForCustomerAsync(Customer, 100, CancellationToken.None);

        var result = await place.RunAsync(Order(product.Code, 1), CancellationToken.None);

        var ordersAfter = await book.RecentForCustomerAsync(Customer, 100, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string> { [CallVariables.QuoteProblemPrompt] = "out-of-stock" }));
            Assert.That(ordersAfter, Has.Count.EqualTo(ordersBefore.Count));
        });
    }

    private static HandlerContext Order(string code, int quantity) => Call(new Dictionary<string, string>
    {
        [CallVariables.CustomerId] = Customer.ToString(CultureInfo.InvariantCulture),
        [CallVariables.ProductCode] = code,
        [CallVariables.Quantity] = quantity.ToString(CultureInfo.InvariantCulture),
    });

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
