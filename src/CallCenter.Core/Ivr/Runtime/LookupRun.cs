using CallCenter.Core.Ivr.Flows.Nodes;
using CallCenter.Core.Ivr.Handlers;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>Runs the node's handler and branches on what it found; a failing handler is the error branch.</summary>
internal sealed class LookupRun(IvrCall call, LookupNode node) : NodeRun(call)
{
    public override async Task<string?> StartAsync()
    {
        var result = await Call.RunHandlerAsync(node.Handler).ConfigureAwait(false);
        StepOutcome = result.Outcome switch
        {
            LookupOutcome.Found => "found",
            LookupOutcome.NotFound => "not-found",
            _ => "error",
        };
        StepDetail = result.Summary;
        return StepOutcome;
    }
}
