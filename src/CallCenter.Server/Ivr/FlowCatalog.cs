using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ivr.Runtime;

namespace CallCenter.Server.Ivr;

/// <summary>
/// The flow new calls start with, kept live: the flow file is looked at every few seconds and, when it has
/// changed and compiles, becomes the flow for calls that start afterwards. A change that does not compile is
/// refused — every error logged with its file and line — and the flow before it keeps serving.
/// </summary>
public sealed class FlowCatalog : BackgroundService, IFlowSource
{
    private readonly IvrOptions options;
    private readonly FlowEnvironment environment;
    private readonly TimeProvider time;
    private readonly ILogger<FlowCatalog> logger;
    private readonly string path;
    private readonly WatchedFile file;
    private volatile FlowDefinition current;

    public FlowCatalog(IvrOptions options, IPromptCatalog prompts, IEnumerable<IIvrHandler> handlers, TimeProvider time, ILogger<FlowCatalog> logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
        environment = new FlowEnvironment(prompts, handlers.Select(h => h.Name).ToHashSet(StringComparer.Ordinal));
        path = LocalPaths.Resolve(options.Flow);
        file = new WatchedFile(path);
        current = EmergencyFlow.Create();
        if (!TryLoad(out var errors))
        {
            logger.LogError("The flow {FlowFile} cannot go live; calls get the apology and hangup until it is fixed:{NewLine}{FlowErrors}", path, Environment.NewLine, string.Join(Environment.NewLine, errors));
        }
    }

    public FlowDefinition Current => current;

    /// <summary>Where the flow file is.</summary>
    public string FlowFile => path;

    /// <summary>Looks at the file now; true when a new flow went live.</summary>
    public bool Reload()
    {
        var before = current;
        if (!TryLoad(out var errors))
        {
            logger.LogError("Refused the change to {FlowFile}; flow {Flow} ({Fingerprint}) stays live:{NewLine}{FlowErrors}", path, current.Name, current.Fingerprint, Environment.NewLine, string.Join(Environment.NewLine, errors));
            return false;
        }
        return !ReferenceEquals(before, current);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        file.EveryAsync(options.ReloadInterval, time, () => Reload(), logger, stoppingToken);

    /// <summary>
    /// Compiles the file when it differs from what was last looked at. False, with the errors, only for a new
    /// state that cannot go live — an unchanged file, good or bad, is reported once, not every few seconds.
    /// </summary>
    private bool TryLoad(out IReadOnlyList<FlowError> errors)
    {
        errors = [];
        if (file.CompileChange(Compile) is not { } change)
        {
            return true;
        }
        var (flow, problems) = change;
        if (flow is null)
        {
            errors = problems;
            return false;
        }
        current = flow;
        logger.LogInformation("Flow {Flow} ({Fingerprint}) from {FlowFile} is live for new calls", current.Name, current.Fingerprint, path);
        return true;
    }

    private (FlowDefinition?, IReadOnlyList<FlowError>) Compile(string text, string display)
    {
        var compiled = FlowCompiler.Compile(text, display, environment);
        return (compiled.Flow, compiled.Errors);
    }
}
