using CallCenter.Ari.Connection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony;

/// <summary>
/// Runs the ARI connection for the host's lifetime. Stopping (SIGTERM) first lets calls in progress say
/// goodbye, within the grace period, and only then closes the connection.
/// </summary>
public sealed class TelephonyService(
    AriConnection connection,
    CallSwitchboard switchboard,
    TelephonyOptions options,
    ILogger<TelephonyService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switchboard.Attach(connection);
        return connection.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(options.ShutdownGrace);
        try
        {
            await switchboard.DrainAsync(grace.Token).ConfigureAwait(false);
        }
        finally
        {
            await connection.StopAsync(CancellationToken.None).ConfigureAwait(false);
            logger.LogInformation("Telephony stopped");
        }
    }
}
