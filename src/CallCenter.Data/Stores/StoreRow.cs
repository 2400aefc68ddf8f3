using CallCenter.Core.Stores;

namespace CallCenter.Data.Stores;

/// <summary>A store with one weekday's hours (none when it is closed all week), as <see cref="StoreSql.List"/> selects it.</summary>
internal sealed class StoreRow
{
    private static readonly char[] CardSeparators = [',', ';', '|'];

    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Address { get; init; } = "";
    public string Phone { get; init; } = "";
    public string AcceptedCards { get; init; } = "";
    public string Directions { get; init; } = "";
    public int? DayOfWeek { get; init; }
    public TimeOnly? Opens { get; init; }
    public TimeOnly? Closes { get; init; }

    public static Store Merge(IEnumerable<StoreRow> rows)
    {
        var all = rows.ToList();
        var first = all[0];
        return new Store
        {
            Id = first.Id,
            Name = first.Name,
            Address = first.Address,
            Phone = first.Phone,
            Directions = first.Directions,
            AcceptedCards = first.AcceptedCards.Split(CardSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Hours = all
                .Where(r => r is { DayOfWeek: not null, Opens: not null, Closes: not null })
                .Select(r => new OpeningHours((DayOfWeek)r.DayOfWeek!.Value, r.Opens!.Value, r.Closes!.Value))
                .ToList(),
        };
    }
}
