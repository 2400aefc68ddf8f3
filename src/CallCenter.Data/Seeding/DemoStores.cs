using CallCenter.Core.Stores;

namespace CallCenter.Data.Seeding;

/// <summary>Three branches with different hours; Harbor Point is closed on Sundays.</summary>
internal static class DemoStores
{
    public static List<Store> Generate() =>
    [
        new Store
        {
            Id = 1,
            Name = "Downtown",
            Address = "100 Market Street, Springfield, IL 62701",
            Phone = "+15550100201",
            Hours = Week(new(9, 0), new(21, 0), sunday: (new(10, 0), new(18, 0))),
            AcceptedCards = ["Visa", "Mastercard", "American Express", "UnionPay"],
            Directions = "On Market Street at the corner of 2nd Avenue, opposite City Hall. Bus lines 3 and 7 stop in front; parking in the City Hall garage.",
        },
        new Store
        {
            Id = 2,
            Name = "Riverside Mall",
            Address = "2500 River Road, Unit 114, Springfield, IL 62704",
            Phone = "+15550100202",
            Hours = Week(new(10, 0), new(22, 0), sunday: (new(10, 0), new(22, 0))),
            AcceptedCards = ["Visa", "Mastercard", "UnionPay", "Discover"],
            Directions = "Ground floor of Riverside Mall next to the food court; free parking at entrance B.",
        },
        new Store
        {
            Id = 3,
            Name = "Harbor Point",
            Address = "8 Harbor Point Drive, Springfield, IL 62702",
            Phone = "+15550100203",
            Hours = Week(new(8, 30), new(19, 0), sunday: null, saturday: (new(9, 0), new(17, 0))),
            AcceptedCards = ["Visa", "Mastercard"],
            Directions = "At the end of Harbor Point Drive beside the ferry terminal; five minutes' walk from the Harbor train station.",
        },
    ];

    private static List<OpeningHours> Week(TimeOnly opens, TimeOnly closes, (TimeOnly Opens, TimeOnly Closes)? sunday, (TimeOnly Opens, TimeOnly Closes)? saturday = null)
    {
        var hours = new List<OpeningHours>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var (from, to) = day switch
            {
                DayOfWeek.Sunday when sunday is null => (default(TimeOnly?), default(TimeOnly?)),
                DayOfWeek.Sunday => (sunday.Value.Opens, sunday.Value.Closes),
                DayOfWeek.Saturday when saturday is not null => (saturday.Value.Opens, saturday.Value.Closes),
                _ => (opens, closes),
            };
            if (from is { } o && to is { } c)
            {
                hours.Add(new OpeningHours(day, o, c));
            }
        }
        return hours;
    }
}
