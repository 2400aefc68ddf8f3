using CallCenter.Data;

namespace CallCenter.Server.Extensions;

/// <summary>
/// Says at start which database the server uses and whether it answers. A database that is down does not
/// stop the server: calls are still taken.
/// </summary>
public sealed class DatabaseCheck(DbConnectionFactory database, ILogger<DatabaseCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Database: {Database}", database.Describe());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Database {Database} does not answer yet: {Reason}", database.Describe(), exception.GetBaseException().Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
