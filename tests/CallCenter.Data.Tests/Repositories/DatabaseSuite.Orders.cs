using CallCenter.Core.Orders;
using CallCenter.Data.Orders;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    [Test]
    public async Task Place_ByPhone_TakesTheStockAndPricesLinesAtTodaysPrice()
    {
        var customer = await NewCustomerAsync();
        await Given.ProductAsync("10001", 19.99m, 12);
        await Given.ProductAsync("10002", 10m, 3);

        var order = await Orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", 2, 1m), new OrderLine("10002", 3, 0m)], "1795357895.0"), None);

        Assert.Multiple(async () =>
        {
            Assert.That(order.Lines, Is.EqualTo(new[] { new OrderLine("10001", 2, 19.99m), new OrderLine("10002", 3, 10m) }));
            Assert.That(order.Total, Is.EqualTo(69.98m));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Placed));
            Assert.That(order.Channel, Is.EqualTo("phone"));
            Assert.That(await Given.StockAsync("10001"), Is.EqualTo(10));
            Assert.That(await Given.StockAsync("10002"), Is.Zero);
        });
    }

    [Test]
    public async Task Place_NewOrder_GetsANumberOfDigitsOnly()
    {
        var customer = await NewCustomerAsync();
        await Given.ProductAsync("10001", 19.99m, 12);

        var order = await Orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", 1, 0m)]), None);

        Assert.That(order.Number, Does.Match("^[1-9][0-9]{7}$"));
    }

    [Test]
    public async Task FindByNumber_PlacedOrder_ComesBackWithItsLines()
    {
        var customer = await NewCustomerAsync();
        await Given.ProductAsync("10001", 19.99m, 12);
        await Given.ProductAsync("10002", 10m, 3);
        var placed = await Orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10002", 1, 0m), new OrderLine("10001", 2, 0m)]), None);

        var found = await Orders.FindByNumberAsync(placed.Number, None);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Not.Null);
            Assert.That(found! with { Lines = [] }, Is.EqualTo(placed with { Lines = [] }));
            Assert.That(found.Lines, Is.EqualTo(placed.Lines));
        });
    }

    [Test]
    public async Task FindByNumber_NumberOfNoOrder_FindsNothing()
    {
        var found = await Orders.FindByNumberAsync("12345678", None);

        Assert.That(found, Is.Null);
    }

    [Test]
    public async Task StatusHistory_PlacedThenShipped_InTheOrderItHappened()
    {
        var customer = await NewCustomerAsync();
        await Given.ProductAsync("10001", 19.99m, 12);
        var order = await Orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", 1, 0m)]), None);
        await Given.OrderStatusAsync(order.Number, "Placed", "Paid", order.PlacedAt.AddMinutes(5));
        await Given.OrderStatusAsync(order.Number, "Paid", "Shipped", order.PlacedAt.AddDays(1));

        var history = await Orders.StatusHistoryAsync(order.Number, None);
        var now = await Orders.FindByNumberAsync(order.Number, None);

        Assert.Multiple(() =>
        {
            Assert.That(history, Is.EqualTo(new[]
            {
                new OrderStatusChange(order.Number, null, OrderStatus.Placed, order.PlacedAt),
                new OrderStatusChange(order.Number, OrderStatus.Placed, OrderStatus.Paid, order.PlacedAt.AddMinutes(5)),
                new OrderStatusChange(order.Number, OrderStatus.Paid, OrderStatus.Shipped, order.PlacedAt.AddDays(1)),
            }));
            Assert.That(now?.Status, Is.EqualTo(OrderStatus.Shipped));
        });
    }

    [Test]
    public async Task RecentForCustomer_NewestFirst_UpToTheLimit()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync("Other Customer");
        await Given.ProductAsync("10001", 19.99m, 12);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(At("2026-11-01T09:00:00Z"));
        var orders = new OrderBook(Database, time: clock);
        var placed = new List<Order>();
        for (var i = 1; i <= 3; i++)
        {
            placed.Add(await orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", i, 0m)]), None));
            clock.Advance(TimeSpan.FromDays(1));
        }
        await orders.PlaceAsync(new NewOrder(other.Id, [new OrderLine("10001", 1, 0m)]), None);

        var recent = await Orders.RecentForCustomerAsync(customer.Id, 2, None);

        Assert.Multiple(() =>
        {
            Assert.That(recent.Select(o => o.Number), Is.EqualTo(new[] { placed[2].Number, placed[1].Number }));
            Assert.That(recent[0].Lines, Is.EqualTo(placed[2].Lines));
        });
    }

    [Test]
    public async Task Place_NotEnoughLeftOfOneProduct_IsRefusedAndKeepsNothing()
    {
        var customer = await NewCustomerAsync();
        await Given.ProductAsync("10001", 19.99m, 12);
        await Given.ProductAsync("10002", 10m, 1);

        var refusal = Assert.ThrowsAsync<OutOfStockException>(() =>
            Orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", 2, 0m), new OrderLine("10002", 2, 0m)]), None));

        Assert.Multiple(async () =>
        {
            Assert.That(refusal!.ProductCode, Is.EqualTo("10002"));
            Assert.That(await Given.StockAsync("10001"), Is.EqualTo(12));
            Assert.That(await Given.StockAsync("10002"), Is.EqualTo(1));
            Assert.That(await Given.CountAsync("orders"), Is.Zero);
            Assert.That(await Given.CountAsync("order_lines"), Is.Zero);
        });
    }

    [Test]
    public async Task Place_ProductNobodySells_IsRefused()
    {
        var customer = await NewCustomerAsync();

        var refusal = Assert.ThrowsAsync<ArgumentException>(() => Orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("99999", 1, 0m)]), None));

        Assert.Multiple(async () =>
        {
            Assert.That(refusal!.Message, Does.Contain("99999"));
            Assert.That(await Given.CountAsync("orders"), Is.Zero);
        });
    }

    [Test]
    public async Task Place_ForNoCustomer_IsRefused()
    {
        await Given.ProductAsync("10001", 19.99m, 12);

        Assert.ThrowsAsync<ArgumentException>(() => Orders.PlaceAsync(new NewOrder(424242, [new OrderLine("10001", 1, 0m)]), None));

        Assert.That(await Given.StockAsync("10001"), Is.EqualTo(12));
    }

    [Test]
    public async Task Place_TwoCallersBuyTheLastOne_OneOrderIsPlaced()
    {
        var first = await NewCustomerAsync("First Caller");
        var second = await NewCustomerAsync("Second Caller");
        await Given.ProductAsync("10001", 19.99m, 1);

        var callers = new[] { first, second, first, second };

        var outcomes = await AtOnceAsync(callers.Length, async i =>
        {
            try
            {
                await Orders.PlaceAsync(new NewOrder(callers[i].Id, [new OrderLine("10001", 1, 0m)]), None);
                return "placed";
            }
            catch (OutOfStockException)
            {
                return "out of stock";
            }
        });

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes.Count(o => o == "placed"), Is.EqualTo(1));
            Assert.That(outcomes.Count(o => o == "out of stock"), Is.EqualTo(3));
            Assert.That(await Given.CountAsync("orders"), Is.EqualTo(1));
            Assert.That(await Given.StockAsync("10001"), Is.Zero);
        });
    }

    [Test]
    public async Task Place_ManyCallersAtOnce_EveryOrderGetsItsOwnNumber()
    {
        var customer = await NewCustomerAsync();
        await Given.ProductAsync("10001", 19.99m, 100);

        var orders = await AtOnceAsync(20, _ => Orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", 1, 0m)]), None));

        Assert.Multiple(async () =>
        {
            Assert.That(orders.Select(o => o.Number).Distinct().Count(), Is.EqualTo(20));
            Assert.That(await Given.CountAsync("orders"), Is.EqualTo(20));
            Assert.That(await Given.StockAsync("10001"), Is.EqualTo(80));
        });
    }

    [Test]
    public async Task Place_DrawnNumberAlreadyTaken_DrawsAnother()
    {
        var customer = await NewCustomerAsync();
        await Given.ProductAsync("10001", 19.99m, 10);
        var draws = new Queue<string>(["55555555", "55555555", "66666666"]);
        var orders = new OrderBook(Database, null, null, draws.Dequeue);
        var first = await orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", 1, 0m)]), None);

        var second = await orders.PlaceAsync(new NewOrder(customer.Id, [new OrderLine("10001", 1, 0m)]), None);

        Assert.Multiple(async () =>
        {
            Assert.That((first.Number, second.Number), Is.EqualTo(("55555555", "66666666")));
            Assert.That((await Orders.FindByNumberAsync("55555555", None))?.Lines.Count, Is.EqualTo(1));
        });
    }
}
