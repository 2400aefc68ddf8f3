using System.Diagnostics;
using CallCenter.Data.Seeding;

namespace CallCenter.Benchmarks;

/// <summary>
/// Times each IVR lookup one call at a time, as a caller's IVR makes them: warm-up calls first (JIT, connection
/// pool, SQLite's page cache), then many calls with keys drawn at random from the demo data.
/// </summary>
internal sealed class LookupBenchmark(LookupPorts ports, DemoDataSet data, int warmUp, int iterations)
{
    private readonly Random random = new(42);

    public async Task<IReadOnlyList<LatencySample>> RunAsync(CancellationToken cancellationToken)
    {
        var phones = data.Customers.SelectMany(c => c.Phones).ToArray();
        var strangers = data.Calls.Where(c => c.CustomerId is null).Select(c => c.CallerNumber).Distinct().ToArray();
        var cards = data.Customers.Select(c => c.CardNumber).OfType<string>().ToArray();
        var orders = data.Orders.Select(o => o.Number).ToArray();
        var products = data.Products.Select(p => p.Code).ToArray();
        var today = DateOnly.FromDateTime(data.Now.UtcDateTime);

        return
        [
            await MeasureAsync("customer by phone (known)", ct => ports.Customers.FindByPhoneAsync(Any(phones), ct), cancellationToken),
            await MeasureAsync("customer by phone (unknown)", ct => ports.Customers.FindByPhoneAsync(Any(strangers), ct), cancellationToken),
            await MeasureAsync("points by card", ct => ports.Customers.FindByCardAsync(Any(cards), ct), cancellationToken),
            await MeasureAsync("order by number", ct => ports.Orders.FindByNumberAsync(Any(orders), ct), cancellationToken),
            await MeasureAsync("order status history", ct => ports.Orders.StatusHistoryAsync(Any(orders), ct), cancellationToken),
            await MeasureAsync("product by code", ct => ports.Catalog.FindByCodeAsync(Any(products), ct), cancellationToken),
            await MeasureAsync("product promotions today", ct => ports.Catalog.ActivePromotionsAsync(today, Any(products), ct), cancellationToken),
            await MeasureAsync("announcements today", ct => ports.Catalog.ActiveAnnouncementsAsync(today, ct), cancellationToken),
            await MeasureAsync("store info", ct => ports.Stores.ListAsync(ct), cancellationToken),
        ];
    }

    private string Any(string[] keys) => keys[random.Next(keys.Length)];

    private async Task<LatencySample> MeasureAsync<T>(string lookup, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await call(cancellationToken);
        }
        var sample = new LatencySample(lookup);
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(cancellationToken);
            sample.Add(Stopwatch.GetTimestamp() - started);
        }
        return sample;
    }
}
