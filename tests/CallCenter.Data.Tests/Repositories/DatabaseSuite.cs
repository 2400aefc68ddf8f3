using CallCenter.Core.Customers;
using CallCenter.Data.Agents;
using CallCenter.Data.Catalog;
using CallCenter.Data.Customers;
using CallCenter.Data.Journal;
using CallCenter.Data.Orders;
using CallCenter.Data.Stores;

namespace CallCenter.Data.Tests.Repositories;

/// <summary>
/// What callers, agents and reports notice of the data layer, the same on every database: each provider is a
/// small subclass that makes an empty, migrated database for every test and says how to make one unreachable.
/// </summary>
public abstract partial class DatabaseSuite
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private int nextPhone;

    protected DbConnectionFactory Database { get; private set; } = null!;

    protected Given Given { get; private set; } = null!;

    protected CustomerDirectory Customers { get; private set; } = null!;

    protected ProductCatalog Catalog { get; private set; } = null!;

    protected StoreDirectory Stores { get; private set; } = null!;

    protected AgentDirectory Agents { get; private set; } = null!;

    protected AgentAccounts Accounts { get; private set; } = null!;

    protected OrderBook Orders { get; private set; } = null!;

    protected JournalStore Journal { get; private set; } = null!;

    protected CallRecordReader CallRecords { get; private set; } = null!;

    protected TicketReader Tickets { get; private set; } = null!;

    /// <summary>An empty database at the newest schema version.</summary>
    protected abstract Task<DbConnectionFactory> EmptyDatabaseAsync();

    protected abstract Task ReleaseDatabaseAsync();

    /// <summary>The same kind of database, but one that cannot be reached.</summary>
    protected abstract DbConnectionFactory UnreachableDatabase();

    [SetUp]
    public async Task OpenEmptyDatabase()
    {
        Database = await EmptyDatabaseAsync();
        Given = new Given(Database);
        Customers = new CustomerDirectory(Database);
        Catalog = new ProductCatalog(Database);
        Stores = new StoreDirectory(Database);
        Agents = new AgentDirectory(Database);
        Accounts = new AgentAccounts(Database);
        Orders = new OrderBook(Database);
        Journal = new JournalStore(Database);
        CallRecords = new CallRecordReader(Database);
        Tickets = new TicketReader(Database);
        nextPhone = 0;
    }

    [TearDown]
    public Task ReleaseDatabase() => ReleaseDatabaseAsync();

    /// <summary>A fresh number in E.164 from the range reserved for fiction (555-0100 to 555-0199).</summary>
    protected string NewPhone() => $"+1202555{100 + ++nextPhone:0000}";

    protected Task<Customer> NewCustomerAsync(string name = "Ada Lovelace", CustomerTier tier = CustomerTier.Regular, string? card = null) =>
        Customers.AddAsync(new NewCustomer(name, NewPhone(), tier) { CardNumber = card }, None);

    /// <summary>
    /// Starts every action on its own thread pool thread and lets them all go at the same moment: SQLite's
    /// provider completes "async" calls synchronously, so without this the callers would take turns.
    /// </summary>
    protected static async Task<T[]> AtOnceAsync<T>(int callers, Func<int, Task<T>> action)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await action(i);
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(running);
    }

    protected static string Card(string firstElevenDigits) => MembershipCard.WithCheckDigit(firstElevenDigits);

    protected static DateTimeOffset At(string isoUtc) => DateTimeOffset.Parse(isoUtc, System.Globalization.CultureInfo.InvariantCulture);
}
