using System.Globalization;
using Bogus;

namespace CallCenter.Data.Seeding;

/// <summary>
/// The one source of randomness and time every part of the demo data draws from, so one seed and one "now"
/// always give the same data set.
/// </summary>
internal sealed class DemoContext
{
    public DemoContext(int seed, DateTimeOffset now)
    {
        Random = new Randomizer(seed);
        English = new Faker("en") { Random = Random };
        Chinese = new Faker("zh_CN") { Random = Random };
        // Stored times carry milliseconds; generating finer ones would make the stored data differ from the set.
        Now = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        Today = DateOnly.FromDateTime(Now.UtcDateTime);
    }

    public Randomizer Random { get; }

    public Faker English { get; }

    public Faker Chinese { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A time in [from, to), to the millisecond.</summary>
    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        var span = (long)(to - from).TotalMilliseconds;
        return span <= 0 ? from : from.AddMilliseconds((long)(Random.Double() * span));
    }

    /// <summary>A duration in [min, max) seconds, to the millisecond.</summary>
    public TimeSpan Seconds(double min, double max) => TimeSpan.FromMilliseconds(Math.Round((min + Random.Double() * (max - min)) * 1000));

    /// <summary>An exponentially distributed duration: how long people wait before giving up, for instance.</summary>
    public TimeSpan Exponential(double meanSeconds) => TimeSpan.FromMilliseconds(Math.Round(-Math.Log(1 - Random.Double()) * meanSeconds * 1000));

    /// <summary>A log-normal duration around a median: talk times have a long tail.</summary>
    public TimeSpan LogNormal(double medianSeconds, double sigma, double minSeconds, double maxSeconds)
    {
        var u1 = 1 - Random.Double();
        var u2 = Random.Double();
        var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        var seconds = Math.Clamp(medianSeconds * Math.Exp(sigma * normal), minSeconds, maxSeconds);
        return TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
    }

    public bool Chance(double probability) => Random.Double() < probability;

    /// <summary>A random (version 4) Guid drawn from the seed, unlike Guid.NewGuid.</summary>
    public Guid NewGuid()
    {
        var bytes = Random.Bytes(16);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A string of random digits that is not in <paramref name="taken"/>; adds it.</summary>
    public string UniqueDigits(string prefix, int digits, HashSet<string> taken)
    {
        while (true)
        {
            var candidate = prefix + string.Concat(Enumerable.Range(0, digits).Select(_ => Random.Number(0, 9).ToString(CultureInfo.InvariantCulture)));
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Number(0, items.Count - 1)];

    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var roll = Random.Double() * total;
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }
}
