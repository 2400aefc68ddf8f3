using CallCenter.Core.Catalog;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Ports;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>5 at the main menu: a product and a quantity keyed in, the total read back, the order placed on 1.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class PhoneOrderCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    /// <summary>Customers the hotline knows by their number, who speak English: each test orders for its own.</summary>
    private static IReadOnlyList<Customer> KnownCallers => DemoDatabase.Data.Customers.Where(c => c.PreferredLanguage == "en" && c.Phones.Count > 0).ToList();

    /// <summary>The best stocked product: the only one an order here takes stock from.</summary>
    private static Product Plentiful => DemoDatabase.Data.Products.MaxBy(p => p.Stock)!;

    [Test]
    public async Task IdentifiedCaller_HearsTheTotal_AndOnConfirmingTheNumberOfAnOrderInTheDatabase()
    {
        var customer = KnownCallers[0];
        var product = Plentiful;
        await using var caller = await Rig.CallAsync(customer.Phones[0]);
        await caller.HearAsync("main-menu");
        await OrderAsync(caller, product.Code, "2#");

        var quote = await caller.MediaUntilAsync("order-confirm");
        await caller.PressAsync("1");
        var placed = await caller.MediaUntilAsync("main-menu");

        string[] total = [Sound("order-total-is"), .. Spoken.Money(product.Price * 2), Sound("order-confirm")];
        Assert.That(quote, Is.EqualTo(total));
        Assert.That(placed.Take(2), Is.EqualTo(new[] { Sound("order-placed"), Sound("order-number-is") }));
        var number = Spoken.DigitsHeard(placed.Skip(2).SkipLast(1));
        var order = await Rig.Service<IOrderBook>().FindByNumberAsync(number, CancellationToken.None);
        Assert.That(order, Is.Not.Null, $"an order {number} in the database");
        Assert.Multiple(() =>
        {
            Assert.That(order!.CustomerId, Is.EqualTo(customer.Id));
            Assert.That(order.Lines, Is.EqualTo(new[] { new OrderLine(product.Code, 2, product.Price) }));
            Assert.That(order.Channel, Is.EqualTo("phone"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Placed));
        });
    }

    [Test]
    public async Task IdentifiedCallerPressingTwo_HearsOrderNotPlaced_AndNoOrderIsKept()
    {
        var customer = KnownCallers[1];
        var before = await OrdersOfAsync(customer);
        await using var caller = await Rig.CallAsync(customer.Phones[0]);
        await caller.HearAsync("main-menu");
        await OrderAsync(caller, Plentiful.Code, "1#");
        await caller.HearAsync("order-confirm");

        await caller.PressAsync("2");
        var heard = await caller.MediaUntilAsync("main-menu");

        var after = await OrdersOfAsync(customer);
        Assert.Multiple(() =>
        {
            Assert.That(heard, Is.EqualTo(new[] { Sound("order-not-placed"), Sound("main-menu") }));
            Assert.That(after, Is.EqualTo(before));
        });
    }

    [Test]
    public async Task UnidentifiedCaller_IsToldToIdentify_ThenTheMainMenu()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await OrderAsync(caller, Plentiful.Code, "1#");

        var heard = await caller.MediaUntilAsync("main-menu");

        Assert.That(heard, Is.EqualTo(new[] { Sound("order-need-identity"), Sound("main-menu") }));
    }

    [Test]
    public async Task MoreThanInStock_HearsOutOfStock_ThenTheMainMenu()
    {
        var customer = KnownCallers[2];
        var scarce = DemoDatabase.Data.Products.MinBy(p => p.Stock)!;
        Assume.That(scarce.Stock, Is.LessThan(99), "a product of which 99 cannot be ordered");
        await using var caller = await Rig.CallAsync(customer.Phones[0]);
        await caller.HearAsync("main-menu");
        await OrderAsync(caller, scarce.Code, $"{scarce.Stock + 1}#");

        var heard = await caller.MediaUntilAsync("main-menu");

        Assert.That(heard, Is.EqualTo(new[] { Sound("out-of-stock"), Sound("main-menu") }));
    }

    private static async Task OrderAsync(HotlineCaller caller, string productCode, string quantity)
    {
        await caller.PressAsync("5");
        await caller.HearAsync("enter-product");
        await caller.PressAsync(productCode);
        await caller.HearAsync("enter-quantity");
        await caller.PressAsync(quantity);
    }

    private static async Task<IReadOnlyList<string>> OrdersOfAsync(Customer customer) =>
        (await Rig.Service<IOrderBook>().RecentForCustomerAsync(customer.Id, 1000, CancellationToken.None)).Select(o => o.Number).ToList();
}
