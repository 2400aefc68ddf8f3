using CallCenter.Core.Customers;

namespace CallCenter.Core.Ports;

/// <summary>Who is calling: customers by phone, card or id.</summary>
public interface ICustomerDirectory
{
    /// <summary>The customer one of whose numbers this is; <paramref name="e164"/> as "+15551230001".</summary>
    Task<Customer?> FindByPhoneAsync(string e164, CancellationToken cancellationToken);

    Task<Customer?> FindByCardAsync(string cardNumber, CancellationToken cancellationToken);

    Task<Customer?> GetAsync(long customerId, CancellationToken cancellationToken);

    /// <summary>The latest points changes, newest first.</summary>
    Task<IReadOnlyList<PointsEntry>> PointsHistoryAsync(long customerId, int limit, CancellationToken cancellationToken);

    /// <summary>Creates a customer with one phone number (E.164); the next call from it finds them.</summary>
    Task<Customer> AddAsync(NewCustomer customer, CancellationToken cancellationToken);
}
