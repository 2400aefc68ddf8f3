using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Ports;

namespace CallCenter.Server.Web.Supervisor;

/// <summary>What the supervisor's board reads: the distributor's live picture and today's service levels.</summary>
public sealed class SupervisorBoard(
    CallDistributor distributor,
    IAcdConfigurationSource configuration,
    ICallJournal journal,
    DistributorOptions options,
    TimeProvider time)
{
    private readonly TimeZoneInfo zone = DistributorOptions.FindTimeZone(options.TimeZone) ?? TimeZoneInfo.Local;

    public AcdConfiguration Configuration => configuration.Current;

    public Task<DistributorView> ViewAsync() => distributor.ViewAsync();

    /// <summary>Every configured queue's service level over the calls that reached it today; throws <see cref="DataUnavailableException"/>.</summary>
    public async Task<IReadOnlyDictionary<string, ServiceLevel>> ServiceLevelsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var calls = await journal.QueuedSinceAsync(CallCenterDay.StartOf(now, zone), cancellationToken).ConfigureAwait(false);
        return ServiceLevel.OfEach(calls, configuration.Current.Queues.Values.Select(q => (q.Name, q.ServiceLevel)), now);
    }

    /// <summary>Every configured queue (and any queue the distributor still holds calls for), by name.</summary>
    public static IReadOnlyList<QueueLine> Lines(AcdConfiguration configuration, DistributorView view, IReadOnlyDictionary<string, ServiceLevel>? serviceLevels)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(view);
        var names = configuration.Queues.Keys.Union(view.Calls.Select(c => c.Queue), StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return names.Select(name =>
        {
            var calls = view.Calls.Where(c => c.Queue == name).ToList();
            var waiting = calls.Where(c => c.State == "waiting" && !c.Callback).ToList();
            var target = configuration.Queues.TryGetValue(name, out var queue) ? queue.ServiceLevel : new QueueDefinition { Name = name }.ServiceLevel;
            return new QueueLine(
                name,
                waiting.Count,
                waiting.Count == 0 ? null : waiting.Min(c => c.EnqueuedAt),
                calls.Count(c => c.State == "ringing"),
                calls.Count(c => c.State == "talking"),
                calls.Count(c => c.State == "waiting" && c.Callback),
                target,
                serviceLevels is null ? null : serviceLevels.GetValueOrDefault(name, ServiceLevel.None));
        }).ToList();
    }
}
