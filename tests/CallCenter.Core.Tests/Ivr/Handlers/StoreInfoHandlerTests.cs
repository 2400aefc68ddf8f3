using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Stores;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class StoreInfoHandlerTests
{
    private HandlerLogs logs = null!;

    [SetUp]
    public void CreateLogs() => logs = new HandlerLogs();

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task ThreeStores_SetsTheCountAndEachStoresPrompt()
    {
        var result = await Handler(Store(1, "Downtown"), Store(2, "Riverside Mall"), Store(3, "Harbor Point")).RunAsync(Context());

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Is.EquivalentTo(new Dictionary<string, string>
            {
                [CallVariables.StoreCount] = "3",
                ["store-prompt-1"] = "store-1",
                ["store-prompt-2"] = "store-2",
                ["store-prompt-3"] = "store-3",
            }));
        });
    }

    [Test]
    public async Task Stores_AreSaidInTheOrderOfTheirIds()
    {
        var result = await Handler(Store(12, "Airport"), Store(4, "Old Town")).RunAsync(Context());

        Assert.Multiple(() =>
        {
            Assert.That(result.Set(), Does.ContainKey("store-prompt-1").WithValue("store-4"));
            Assert.That(result.Set(), Does.ContainKey("store-prompt-2").WithValue("store-12"));
        });
    }

    [Test]
    public async Task NoStore_IsNotFound_WithCountZero()
    {
        var result = await Handler().RunAsync(Context());

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Assert.That(result.Set(), Is.EquivalentTo(new Dictionary<string, string> { [CallVariables.StoreCount] = "0" }));
        });
    }

    [Test]
    public async Task DatabaseDown_IsError()
    {
        var stores = new FakeStoreDirectory(Store(1, "Downtown")) { Unavailable = true };

        var result = await new StoreInfoHandler(stores, logs.For<StoreInfoHandler>()).RunAsync(Context());

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
    }

    private StoreInfoHandler Handler(params Store[] stores) => new(new FakeStoreDirectory(stores), logs.For<StoreInfoHandler>());

    private static Store Store(long id, string name) => new() { Id = id, Name = name, Address = "100 Market Street" };

    [Test]
    public async Task OneStore_SummaryGivesItsHoursOnTheCallersDay()
    {
        // HandlerCalls.Now is a Monday in the flow's time zone.
        var downtown = Store(1, "Downtown") with
        {
            Hours = [new OpeningHours(DayOfWeek.Sunday, new TimeOnly(11, 0), new TimeOnly(17, 0)), new OpeningHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(21, 0))],
        };

        var result = await Handler(downtown).RunAsync(Context());

        Assert.That(result.Summary, Is.EqualTo("store: Downtown, open today 9:00-21:00"));
    }

    [Test]
    public async Task SeveralStores_SummaryNamesEach_ClosedOnesSaidClosed()
    {
        var downtown = Store(1, "Downtown") with { Hours = [new OpeningHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(21, 0))] };

        var result = await Handler(Store(2, "Airport"), downtown).RunAsync(Context());

        Assert.That(result.Summary, Is.EqualTo("stores: Downtown, open today 9:00-21:00; Airport, closed today"));
    }

    [Test]
    public async Task NoStore_SummarySaysThereWasNoneToTell()
    {
        var result = await Handler().RunAsync(Context());

        Assert.That(result.Summary, Is.EqualTo("stores: none to tell"));
    }
}
