using CallCenter.Core.Customers;
using CallCenter.Core.Ports;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>Customers in memory; <see cref="Down"/> makes every read fail as a database outage does.</summary>
internal sealed class FakeCustomers : ICustomerDirectory
{
    private readonly List<Customer> customers = [];

    public bool Down { get; set; }

    public IReadOnlyList<Customer> All => customers;

    public Customer Add(Customer customer)
    {
        customers.Add(customer);
        return customer;
    }

    public Task<Customer?> FindByPhoneAsync(string e164, CancellationToken cancellationToken) =>
        Read(() => customers.FirstOrDefault(c => c.Phones.Contains(e164)));

    public Task<Customer?> FindByCardAsync(string cardNumber, CancellationToken cancellationToken) =>
        Read(() => customers.FirstOrDefault(c => c.CardNumber == cardNumber));

    public Task<Customer?> GetAsync(long customerId, CancellationToken cancellationToken) =>
        Read(() => customers.FirstOrDefault(c => c.Id == customerId));

    public Task<IReadOnlyList<PointsEntry>> PointsHistoryAsync(long customerId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PointsEntry>>([]);

    public Task<Customer> AddAsync(NewCustomer customer, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new DataUnavailableException("down");
        }
        if (customers.FirstOrDefault(c => c.Phones.Contains(customer.Phone)) is { } owner)
        {
            throw new PhoneNumberTakenException(customer.Phone, owner.Id);
        }
        var added = new Customer
        {
            Id = customers.Count == 0 ? 1 : customers.Max(c => c.Id) + 1,
            Name = customer.Name,
            Tier = customer.Tier,
            Birthday = customer.Birthday,
            PreferredLanguage = customer.PreferredLanguage,
            Phones = [customer.Phone],
        };
        customers.Add(added);
        return Task.FromResult(added);
    }

    private Task<T> Read<T>(Func<T> read) => Down ? Task.FromException<T>(new DataUnavailableException("down")) : Task.FromResult(read());
}
