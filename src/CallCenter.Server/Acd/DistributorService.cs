using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Acd.Distribution;

namespace CallCenter.Server.Acd;

/// <summary>
/// Starts the call distributor with the server and keeps it on the queue file's configuration as it changes. It is
/// stopped (disposed) with the host, after the calls in progress have said goodbye, so their last news still reaches it.
/// </summary>
public sealed class DistributorService(CallDistributor distributor, IAcdConfigurationSource configuration, ILogger<DistributorService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        configuration.Changed += OnChanged;
        // The queue file may have been read after the distributor was made.
        distributor.Apply(configuration.Current);
        distributor.Start();
        logger.LogInformation(
            "Call distributor started: {Queues} queues, {Agents} agents",
            configuration.Current.Queues.Count,
            configuration.Current.Agents.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        configuration.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private void OnChanged(object? sender, AcdConfiguration next) => distributor.Apply(next);
}
