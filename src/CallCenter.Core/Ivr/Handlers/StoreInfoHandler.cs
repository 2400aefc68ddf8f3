using System.Globalization;
using CallCenter.Core.Ports;
using CallCenter.Core.Stores;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "store-info": the branches a caller can visit. Found sets store-count and store-prompt-1..N, each "store-{id}"
/// (the recorded name, address, hours, accepted cards and directions of that store), in the order of the stores'
/// ids; with no store at all it is NotFound, with store-count 0.
/// </summary>
public sealed class StoreInfoHandler : LookupHandler
{
    public const string HandlerName = "store-info";

    private readonly IStoreDirectory stores;

    public StoreInfoHandler(IStoreDirectory stores, ILogger<StoreInfoHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(stores);
        this.stores = stores;
    }

    public override string Name => HandlerName;

    /// <summary>The prompt that describes a store.</summary>
    public static string StorePrompt(long storeId) => "store-" + storeId.ToString(CultureInfo.InvariantCulture);

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        var list = await stores.ListAsync(cancellationToken).ConfigureAwait(false);
        var set = new Dictionary<string, string> { [CallVariables.StoreCount] = VariableValues.Number(list.Count) };
        if (list.Count == 0)
        {
            return HandlerResult.NotFound(set, "stores: none to tell");
        }
        var position = 0;
        var today = context.Now.DayOfWeek;
        var told = new List<string>();
        foreach (var store in list.OrderBy(s => s.Id))
        {
            set[CallVariables.StorePrompt(++position)] = StorePrompt(store.Id);
            told.Add(HoursToday(store, today));
        }
        return HandlerResult.Found(set, (told.Count == 1 ? "store: " : "stores: ") + string.Join("; ", told));
    }

    /// <summary>"Downtown, open today 9:00-21:00": the day is the flow's, the one the caller lives in.</summary>
    private static string HoursToday(Store store, DayOfWeek today)
    {
        var hours = store.Hours.Where(h => h.Day == today).OrderBy(h => h.Opens).ToList();
        return hours.Count == 0
            ? $"{store.Name}, closed today"
            : $"{store.Name}, open today {string.Join(", ", hours.Select(h => $"{SummaryText.Time(h.Opens)}-{SummaryText.Time(h.Closes)}"))}";
    }
}
