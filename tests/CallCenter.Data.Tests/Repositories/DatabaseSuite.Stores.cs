using CallCenter.Core.Stores;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    [Test]
    public async Task Stores_List_GivesEveryStoreWithItsHoursAndCards()
    {
        var weekdays = Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday)
            .Select(d => new OpeningHours(d, new TimeOnly(10, 0), new TimeOnly(21, 30))).ToArray();
        var downtown = await Given.StoreAsync("Downtown", "Visa,Mastercard,UnionPay", weekdays);
        var airport = await Given.StoreAsync("Airport", "Visa", new OpeningHours(DayOfWeek.Sunday, new TimeOnly(6, 0), new TimeOnly(23, 0)));

        var stores = await Stores.ListAsync(None);

        Assert.Multiple(() =>
        {
            Assert.That(stores.Select(s => s.Id), Is.EqualTo(new[] { downtown, airport }));
            Assert.That(stores[0].Hours, Is.EqualTo(weekdays));
            Assert.That(stores[0].Hours.Select(h => h.Day), Does.Not.Contain(DayOfWeek.Sunday));
            Assert.That(stores[0].AcceptedCards, Is.EqualTo(new[] { "Visa", "Mastercard", "UnionPay" }));
            Assert.That(stores[1].Hours, Is.EqualTo(new[] { new OpeningHours(DayOfWeek.Sunday, new TimeOnly(6, 0), new TimeOnly(23, 0)) }));
            Assert.That(stores[1].Directions, Is.EqualTo("Next to the station"));
        });
    }

    [Test]
    public async Task Stores_StoreWithoutHours_IsListedAsClosedEveryDay()
    {
        await Given.StoreAsync("Warehouse outlet", "");

        var stores = await Stores.ListAsync(None);

        Assert.Multiple(() =>
        {
            Assert.That(stores.Single().Hours, Is.Empty);
            Assert.That(stores.Single().AcceptedCards, Is.Empty);
        });
    }
}
