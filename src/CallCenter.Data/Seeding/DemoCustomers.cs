using CallCenter.Core.Customers;

namespace CallCenter.Data.Seeding;

/// <summary>Customers of every tier, some speaking Chinese, with US numbers in the fictional 555-01xx range.</summary>
internal static class DemoCustomers
{
    public const int VipCount = 30;
    public const int MemberCount = 90;
    public const int RegularCount = 120;

    /// <summary>Customers' numbers: +1 555 011 0000 to +1 555 015 9999. None of them can be a real line.</summary>
    public const string PhonePrefix = "+155501";

    public static List<Customer> Generate(DemoContext context)
    {
        var tiers = Enumerable.Repeat(CustomerTier.Vip, VipCount)
            .Concat(Enumerable.Repeat(CustomerTier.Member, MemberCount))
            .Concat(Enumerable.Repeat(CustomerTier.Regular, RegularCount))
            .ToList();
        var order = context.Random.Shuffle(tiers).ToList();
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var cards = new HashSet<string>(StringComparer.Ordinal);
        var customers = new List<Customer>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            var tier = order[i];
            var speaksChinese = context.Chance(0.2);
            var hasLanguage = tier != CustomerTier.Regular || context.Chance(0.7);
            customers.Add(new Customer
            {
                Id = i + 1,
                Name = speaksChinese
                    ? context.Chinese.Name.LastName() + context.Chinese.Name.FirstName()
                    : $"{context.English.Name.FirstName()} {context.English.Name.LastName()}",
                Tier = tier,
                Birthday = tier != CustomerTier.Regular || context.Chance(0.7) ? Birthday(context) : null,
                PreferredLanguage = speaksChinese ? "zh" : hasLanguage ? "en" : null,
                CardNumber = tier == CustomerTier.Regular ? null : Card(context, cards),
                Phones = Enumerable.Range(0, context.Chance(0.25) ? 2 : 1).Select(_ => Phone(context, phones)).ToList(),
                // Most were customers before the year of call history began; a few joined during it.
                CreatedAt = context.Chance(0.9)
                    ? context.Between(context.Now.AddYears(-6), context.Now.AddDays(-370))
                    : context.Between(context.Now.AddDays(-360), context.Now.AddDays(-20)),
            });
        }
        return customers;
    }

    private static DateOnly Birthday(DemoContext context)
    {
        var earliest = new DateOnly(1950, 1, 1).DayNumber;
        var latest = new DateOnly(2006, 12, 31).DayNumber;
        return DateOnly.FromDayNumber(context.Random.Number(earliest, latest));
    }

    private static string Card(DemoContext context, HashSet<string> taken)
    {
        while (true)
        {
            var card = MembershipCard.WithCheckDigit(context.UniqueDigits("88", 9, []));
            if (taken.Add(card))
            {
                return card;
            }
        }
    }

    private static string Phone(DemoContext context, HashSet<string> taken) =>
        context.UniqueDigits(PhonePrefix + context.Random.Number(1, 5), 4, taken);
}
