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
    private volatile FlowDefinition current;
    private string? lastSeen;

    public FlowCatalog(IvrOptions options, IPromptCatalog prompts, IEnumerable<IIvrHandler> handlers, TimeProvider time, ILogger<FlowCatalog> logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
        environment = new FlowEnvironment(prompts, handlers.Select(h => h.Name).ToHashSet(StringComparer.Ordinal));
        path = LocalPaths.Resolve(options.Flow);
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ReloadInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                Reload();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Could not read {FlowFile}: {Reason}", path, exception.Message);
            }
        }
    }

    /// <summary>
    /// Compiles the file when it differs from what was last looked at. False, with the errors, only for a new
    /// state that cannot go live — an unchanged file, good or bad, is reported once, not every few seconds.
    /// </summary>
    private bool TryLoad(out IReadOnlyList<FlowError> errors)
    {
        errors = [];
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var unreadable = "\0unreadable: " + exception.Message;
            if (unreadable == lastSeen)
            {
                return true;
            }
            lastSeen = unreadable;
            errors = [new FlowError(new SourceLocation(path, 0, 0), $"cannot be read: {exception.Message}")];
            return false;
        }
        if (text == lastSeen)
        {
            return true;
        }
        lastSeen = text;
        var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        var compiled = FlowCompiler.Compile(text, display, environment);
        if (!compiled.Succeeded)
        {
            errors = compiled.Errors;
            return false;
        }
        current = compiled.Flow!;
        logger.LogInformation("Flow {Flow} ({Fingerprint}) from {FlowFile} is live for new calls", current.Name, current.Fingerprint, path);
        return true;
    }
}
