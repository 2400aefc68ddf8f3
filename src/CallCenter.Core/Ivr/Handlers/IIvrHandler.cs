namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// A data dip a flow names in a lookup node ("handler: member-points"): C# code, found by name, so flow files
/// never contain code. Throwing is allowed (the runtime takes it as <see cref="LookupOutcome.Error"/>), but a
/// handler that knows better returns Error itself.
/// </summary>
public interface IIvrHandler
{
    /// <summary>The name flows use, e.g. "member-points".</summary>
    string Name { get; }

    Task<HandlerResult> RunAsync(HandlerContext context, CancellationToken cancellationToken);
}
