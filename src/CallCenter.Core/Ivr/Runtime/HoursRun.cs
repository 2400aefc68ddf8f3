using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Runtime;

internal sealed class HoursRun(IvrCall call, HoursNode node) : NodeRun(call)
{
    public override Task<string?> StartAsync() => Go(node.Schedule.IsOpen(Call.LocalNow) ? "open" : "closed");
}
