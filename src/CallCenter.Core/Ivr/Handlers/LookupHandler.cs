using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// A handler that asks the data ports. A database that cannot answer is <see cref="LookupOutcome.Error"/> (the
/// caller hears an apology and is offered an agent) with a warning, never an exception; anything else that goes
/// wrong escapes for the runtime to log as an error.
/// </summary>
public abstract class LookupHandler : IIvrHandler
{
    protected LookupHandler(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        Logger = logger;
    }

    public abstract string Name { get; }

    protected ILogger Logger { get; }

    /// <summary>What the outage left behind, for the warning; by default, nothing was changed.</summary>
    protected virtual string OutageConsequence => "nothing was looked up or changed";

    public async Task<HandlerResult> RunAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await LookUpAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (DataUnavailableException exception)
        {
            // The message is the data layer's plain one; the provider's exception inside may quote values.
            Logger.LogWarning(
                "Lookup {Handler} for call {CallId} could not reach the data, {Consequence}: {Reason}",
                Name, context.Caller.CallId, OutageConsequence, exception.Message);
            return HandlerResult.Error with { Summary = $"{Name}: the data could not be reached" };
        }
    }

    protected abstract Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken);
}
