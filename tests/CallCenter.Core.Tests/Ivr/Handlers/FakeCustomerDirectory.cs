using CallCenter.Core.Customers;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Tests.Ivr.Handlers;

/// <summary>Customers in memory, found by E.164 number or card; writes down what it was asked; can be "down".</summary>
internal sealed class FakeCustomerDirectory : ICustomerDirectory
{
    private readonly List<Customer> customers = [];

    public List<string> Asked { get; } = [];

    public bool Unavailable { get; set; }

    public FakeCustomerDirectory With(Customer customer)
    {
        customers.Add(customer);
        return this;
    }

    public Task<Customer?> FindByPhoneAsync(string e164, CancellationToken cancellationToken)
    {
        Ask($"phone {e164}");
        return Task.FromResult(customers.FirstOrDefault(c => c.Phones.Contains(e164)));
    }

    public Task<Customer?> FindByCardAsync(string cardNumber, CancellationToken cancellationToken)
    {
        Ask($"card {cardNumber}");
        return Task.FromResult(customers.FirstOrDefault(c => c.CardNumber == cardNumber));
    }

    public Task<Customer?> GetAsync(long customerId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<PointsEntry>> PointsHistoryAsync(long customerId, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Customer> AddAsync(NewCustomer customer, CancellationToken cancellationToken) => throw new NotSupportedException();

    private void Ask(string what)
    {
        Asked.Add(what);
        if (Unavailable)
        {
            throw new DataUnavailableException("The database could not answer a customer lookup.");
        }
    }
}
