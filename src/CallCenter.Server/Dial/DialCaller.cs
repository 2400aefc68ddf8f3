using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ports;
using CallCenter.Data.Seeding;

namespace CallCenter.Server.Dial;

/// <summary>Who calls from the terminal: the number given, else a demo VIP when the database holds the demo data.</summary>
internal static class DialCaller
{
    /// <summary>What Asterisk reports for a caller who withholds their number.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>
    /// The first VIP of the demo data — the one `db seed --demo` suggests calling from — when the database has
    /// them with that number; anonymous otherwise (the demo data's people are the same whenever it was seeded).
    /// </summary>
    public static async Task<string> DefaultNumberAsync(
        ICustomerDirectory customers, DemoDataSet? seeded, DemoDataSeeder seeder, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            if (seeded is null && await seeder.CustomerCountAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return Anonymous;
            }
            var data = seeded ?? DemoData.Generate(time.GetUtcNow());
            var vip = data.Customers.First(c => c.Tier == CustomerTier.Vip);
            var found = await customers.FindByPhoneAsync(vip.Phones[0], cancellationToken).ConfigureAwait(false);
            return found is { Tier: CustomerTier.Vip } ? vip.Phones[0] : Anonymous;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Anonymous;
        }
    }

    /// <summary>Who the flow will find calling, as identify-caller looks them up: "Jane Roe, Vip, card ********5675, prefers en".</summary>
    public static async Task<string> DescribeAsync(string number, ICustomerDirectory customers, IvrHandlerOptions options, CancellationToken cancellationToken)
    {
        var e164 = CallerNumbers.ToE164(number, options.CallerRegion);
        if (e164 is null)
        {
            return $"{number} (no number, so no customer: anonymous)";
        }
        Customer? customer;
        try
        {
            customer = await customers.FindByPhoneAsync(e164, cancellationToken).ConfigureAwait(false);
        }
        catch (DataUnavailableException unavailable)
        {
            return $"{e164}: not known, the database does not answer ({unavailable.Message})";
        }
        if (customer is null)
        {
            return $"{e164}: no customer has this number";
        }
        var card = customer.CardNumber is { } number12 ? $", card {MembershipCard.Mask(number12)}" : "";
        var language = customer.PreferredLanguage is { } preferred ? $", prefers {preferred}" : "";
        return $"{e164}: {customer.Name}, {customer.Tier}{card}{language}";
    }
}
