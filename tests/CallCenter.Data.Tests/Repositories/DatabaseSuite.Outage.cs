using CallCenter.Core.Agents;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Ports;
using CallCenter.Data.Agents;
using CallCenter.Data.Catalog;
using CallCenter.Data.Customers;
using CallCenter.Data.Journal;
using CallCenter.Data.Orders;
using CallCenter.Data.Stores;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    /// <summary>Every read of every port, so none of them can let a provider's exception out.</summary>
    private static readonly Dictionary<string, Func<DbConnectionFactory, Task>> Reads = new()
    {
        ["customer by phone"] = d => new CustomerDirectory(d).FindByPhoneAsync("+12025550142", None),
        ["customer by card"] = d => new CustomerDirectory(d).FindByCardAsync(MembershipCard.WithCheckDigit("60000000001"), None),
        ["customer by id"] = d => new CustomerDirectory(d).GetAsync(1, None),
        ["points history"] = d => new CustomerDirectory(d).PointsHistoryAsync(1, 5, None),
        ["product by code"] = d => new ProductCatalog(d).FindByCodeAsync("10001", None),
        ["promotions"] = d => new ProductCatalog(d).ActivePromotionsAsync(new DateOnly(2026, 11, 22), "10001", None),
        ["announcements"] = d => new ProductCatalog(d).ActiveAnnouncementsAsync(new DateOnly(2026, 11, 22), None),
        ["stores"] = d => new StoreDirectory(d).ListAsync(None),
        ["agents"] = d => new AgentDirectory(d).ListAsync(None),
        ["agent"] = d => new AgentDirectory(d).GetAsync("1001", None),
        ["agent accounts"] = d => new AgentAccounts(d).ListAsync(None),
        ["order by number"] = d => new OrderBook(d).FindByNumberAsync("12345678", None),
        ["customer's orders"] = d => new OrderBook(d).RecentForCustomerAsync(1, 5, None),
        ["order history"] = d => new OrderBook(d).StatusHistoryAsync("12345678", None),
        ["call record"] = d => new CallRecordReader(d).GetAsync("1795357895.0", None),
        ["call steps"] = d => new CallRecordReader(d).StepsAsync("1795357895.0", None),
        ["customer's calls"] = d => new CallRecordReader(d).RecentForCustomerAsync(1, 5, None),
        ["agent's calls"] = d => new CallRecordReader(d).ForAgentAsync("1001", DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow, None),
        ["ticket"] = d => new TicketReader(d).GetAsync(Guid.Empty, None),
        ["tickets"] = d => new TicketReader(d).ListAsync(null, 5, None),
        ["ticket history"] = d => new TicketReader(d).HistoryAsync(Guid.Empty, None),
        ["customer's tickets"] = d => new TicketReader(d).OpenForCustomerAsync(1, None),
    };

    private static IEnumerable<string> ReadNames => Reads.Keys;

    [TestCaseSource(nameof(ReadNames))]
    public void Read_DatabaseUnreachable_GivesDataUnavailable(string read)
    {
        var unreachable = UnreachableDatabase();

        var failure = Assert.ThrowsAsync<DataUnavailableException>(() => Reads[read](unreachable));

        Assert.That(failure!.Message, Does.StartWith("The database could not be reached for "));
    }

    [Test]
    public void AddCustomer_DatabaseUnreachable_GivesDataUnavailable()
    {
        var customers = new CustomerDirectory(UnreachableDatabase());

        Assert.ThrowsAsync<DataUnavailableException>(() => customers.AddAsync(new NewCustomer("Ada Lovelace", "+12025550142"), None));
    }

    [Test]
    public void PlaceOrder_DatabaseUnreachable_GivesDataUnavailable()
    {
        var orders = new OrderBook(UnreachableDatabase());

        Assert.ThrowsAsync<DataUnavailableException>(() => orders.PlaceAsync(new NewOrder(1, [new OrderLine("10001", 1, 0m)]), None));
    }

    [Test]
    public void AddAgent_DatabaseUnreachable_GivesDataUnavailable()
    {
        var accounts = new AgentAccounts(UnreachableDatabase());

        Assert.ThrowsAsync<DataUnavailableException>(() => accounts.AddAsync(new NewAgent("1011", "Nora Quinn"), None));
    }

    [Test]
    public void SetAgentPin_DatabaseUnreachable_GivesDataUnavailable()
    {
        var accounts = new AgentAccounts(UnreachableDatabase());

        Assert.ThrowsAsync<DataUnavailableException>(() => accounts.SetPinHashAsync("1001", AgentPin.Hash("1234"), None));
    }
}
