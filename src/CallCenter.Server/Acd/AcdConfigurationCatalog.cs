using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Server.Ivr;

namespace CallCenter.Server.Acd;

/// <summary>
/// The queues and agents in force, kept live: the queue file is looked at every few seconds and, when it has
/// changed and is valid, goes live and <see cref="Changed"/> is raised. A change that is not valid is refused —
/// every error logged with its file and line — and the configuration before it stays. A file missing or broken
/// at start is logged and the server runs with no queues (callers asking for an agent get the queue node's
/// fallback) until it is fixed.
/// </summary>
public sealed class AcdConfigurationCatalog : BackgroundService, IAcdConfigurationSource
{
    private readonly AcdOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<AcdConfigurationCatalog> logger;
    private readonly WatchedFile file;
    private volatile AcdConfiguration current;

    public AcdConfigurationCatalog(AcdOptions options, TimeProvider time, ILogger<AcdConfigurationCatalog> logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
        file = new WatchedFile(LocalPaths.Resolve(options.Queues));
        current = new AcdConfiguration { Source = file.Path };
        if (!TryLoad(out var errors))
        {
            logger.LogError("The queue file {QueueFile} cannot go live; running with no queues, so callers asking for an agent get the queue node's fallback, until it is fixed:{NewLine}{QueueErrors}", file.Path, Environment.NewLine, string.Join(Environment.NewLine, errors));
        }
    }

    public AcdConfiguration Current => current;

    public event EventHandler<AcdConfiguration>? Changed;

    /// <summary>Where the queue file is.</summary>
    public string QueueFile => file.Path;

    /// <summary>Looks at the file now; true when a new configuration went live (and <see cref="Changed"/> was raised).</summary>
    public bool Reload()
    {
        var before = current;
        if (!TryLoad(out var errors))
        {
            logger.LogError("Refused the change to {QueueFile}; the queues before it stay in force ({Queues}):{NewLine}{QueueErrors}", file.Path, QueueNames(before), Environment.NewLine, string.Join(Environment.NewLine, errors));
            return false;
        }
        if (ReferenceEquals(before, current))
        {
            return false;
        }
        Announce(current);
        return true;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        file.EveryAsync(options.ReloadInterval, time, () => Reload(), logger, stoppingToken);

    /// <summary>A subscriber that throws must not stop the file being watched, nor keep the others from hearing of it.</summary>
    private void Announce(AcdConfiguration configuration)
    {
        foreach (var subscriber in Changed?.GetInvocationList().Cast<EventHandler<AcdConfiguration>>() ?? [])
        {
            try
            {
                subscriber(this, configuration);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A subscriber to queue changes failed on the configuration from {QueueFile}", file.Path);
            }
        }
    }

    /// <summary>Reads the file when it differs from the last look. False, with the errors, only for a new state that cannot go live.</summary>
    private bool TryLoad(out IReadOnlyList<FlowError> errors)
    {
        errors = [];
        if (file.CompileChange(Compile) is not { } change)
        {
            return true;
        }
        var (configuration, problems) = change;
        if (configuration is null)
        {
            errors = problems;
            return false;
        }
        current = configuration;
        logger.LogInformation("Queues {Queues} and {AgentCount} agents from {QueueFile} are in force", QueueNames(current), current.Agents.Count, file.Path);
        return true;
    }

    private static (AcdConfiguration?, IReadOnlyList<FlowError>) Compile(string text, string display)
    {
        var compiled = AcdConfigurationCompiler.Compile(text, display);
        return (compiled.Configuration, compiled.Errors);
    }

    private static string QueueNames(AcdConfiguration configuration) =>
        configuration.Queues.Count == 0 ? "none" : string.Join(", ", configuration.Queues.Keys.Order(StringComparer.Ordinal));
}
