using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using CallCenter.Data.Mapping;
using CallCenter.Data.Resilience;
using CallCenter.Data.Sql;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Customers;

/// <summary>Customers on the database: by the caller's number, by membership card, by id; new ones captured by agents.</summary>
public sealed class CustomerDirectory : ICustomerDirectory
{
    // libphonenumber's "unknown region": only numbers written with + and a country code are understood.
    private const string InternationalOnly = "ZZ";

    private readonly GuardedDatabase database;
    private readonly TimeProvider time;

    public CustomerDirectory(DbConnectionFactory database, ILogger<CustomerDirectory>? logger = null, TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        this.database = new GuardedDatabase(database, (ILogger?)logger ?? NullLogger.Instance, this.time);
    }

    public Task<Customer?> FindByPhoneAsync(string e164, CancellationToken cancellationToken)
    {
        var number = CallerNumbers.ToE164(e164, InternationalOnly);
        return number is null
            ? Task.FromResult<Customer?>(null)
            : FindAsync("a customer lookup by phone", CustomerSql.FindByPhone, new { E164 = AnsiText.Of(number) }, cancellationToken);
    }

    public Task<Customer?> FindByCardAsync(string cardNumber, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(cardNumber)
            ? Task.FromResult<Customer?>(null)
            : FindAsync("a customer lookup by card", CustomerSql.FindByCard, new { CardNumber = AnsiText.Of(cardNumber.Trim()) }, cancellationToken);

    public Task<Customer?> GetAsync(long customerId, CancellationToken cancellationToken) =>
        FindAsync("a customer lookup", CustomerSql.Get, new { CustomerId = customerId }, cancellationToken);

    public Task<IReadOnlyList<PointsEntry>> PointsHistoryAsync(long customerId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return database.ReadAsync<IReadOnlyList<PointsEntry>>(
            "a points history",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<PointsRow>(database.Command(CustomerSql.PointsHistory, new { CustomerId = customerId, Limit = limit }, token)).ConfigureAwait(false);
                return rows.Select(r => r.ToEntry()).ToList();
            },
            cancellationToken);
    }

    public async Task<Customer> AddAsync(NewCustomer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (string.IsNullOrWhiteSpace(customer.Name))
        {
            throw new ArgumentException("A customer needs a name.", nameof(customer));
        }
        var e164 = CallerNumbers.ToE164(customer.Phone, InternationalOnly)
            ?? throw new ArgumentException($"\"{customer.Phone}\" is not a phone number written with + and its country code.", nameof(customer));
        var card = string.IsNullOrWhiteSpace(customer.CardNumber) ? null : customer.CardNumber.Trim();
        if (card is not null && !MembershipCard.IsValid(card))
        {
            throw new ArgumentException($"{MembershipCard.Mask(card)} is not a membership card number: {MembershipCard.Length} digits, the last a check digit.", nameof(customer));
        }
        var createdAt = StoredForms.Stored(time.GetUtcNow());

        return await database.ChangeAsync(
            "adding a customer",
            async (connection, transaction, token) =>
            {
                var phoneOwner = await connection.ExecuteScalarAsync<long?>(database.Command(CustomerSql.PhoneOwner, new { E164 = AnsiText.Of(e164) }, token, transaction)).ConfigureAwait(false);
                if (phoneOwner is { } owner)
                {
                    throw new PhoneNumberTakenException(e164, owner);
                }
                if (card is not null)
                {
                    var cardOwner = await connection.ExecuteScalarAsync<long?>(database.Command(CustomerSql.CardOwner, new { CardNumber = AnsiText.Of(card) }, token, transaction)).ConfigureAwait(false);
                    if (cardOwner is { } holder)
                    {
                        throw new CardNumberTakenException(card, holder);
                    }
                }
                var id = await connection.ExecuteScalarAsync<long>(database.Command(
                    CustomerSql.Insert,
                    new
                    {
                        customer.Name,
                        Tier = customer.Tier.ToString(),
                        customer.Birthday,
                        customer.PreferredLanguage,
                        CardNumber = card,
                        CreatedAt = createdAt,
                    },
                    token,
                    transaction)).ConfigureAwait(false);
                await connection.ExecuteAsync(database.Command(CustomerSql.InsertPhone, new { E164 = e164, CustomerId = id, AddedAt = createdAt }, token, transaction)).ConfigureAwait(false);
                return new Customer
                {
                    Id = id,
                    Name = customer.Name,
                    Tier = customer.Tier,
                    Birthday = customer.Birthday,
                    PreferredLanguage = customer.PreferredLanguage,
                    CardNumber = card,
                    Phones = [e164],
                    CreatedAt = createdAt,
                };
            },
            cancellationToken).ConfigureAwait(false);
    }

    private Task<Customer?> FindAsync(string lookup, SqlText sql, object parameters, CancellationToken cancellationToken) =>
        database.ReadAsync(
            lookup,
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<CustomerRow>(database.Command(sql, parameters, token)).ConfigureAwait(false);
                return CustomerRow.Merge(rows.AsList());
            },
            cancellationToken);
}
