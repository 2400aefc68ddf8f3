using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Flows.Nodes;
using Stateless;
using Stateless.Graph;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// A flow as a Stateless machine: one state per node, all substates of the call being in progress, so a
/// hangup is handled once; the node's exits are its transitions. Calls run it; `flow graph` draws it.
/// </summary>
public static class FlowMachine
{
    public const string InCall = "in-call";
    public const string Arriving = "arriving";
    public const string Ended = "ended";
    public const string StartTrigger = "start";
    public const string HangupTrigger = "hangup";

    public static StateMachine<string, string> Build(FlowDefinition flow, Func<FlowNode, Task>? onEnter = null, Func<Task>? onEnded = null)
    {
        var machine = new StateMachine<string, string>(Arriving, FiringMode.Queued);
        machine.Configure(InCall).Permit(HangupTrigger, Ended);
        machine.Configure(Arriving).SubstateOf(InCall).Permit(StartTrigger, flow.Start);
        foreach (var node in flow.Nodes.Values)
        {
            var state = machine.Configure(node.Id).SubstateOf(InCall);
            if (onEnter is not null)
            {
                state.OnEntryAsync(() => onEnter(node), node.Kind);
            }
            foreach (var exit in node.Exits.DistinctBy(e => e.Trigger))
            {
                if (exit.Target == node.Id)
                {
                    state.PermitReentry(exit.Trigger);
                }
                else
                {
                    state.Permit(exit.Trigger, exit.Target);
                }
            }
        }
        if (onEnded is not null)
        {
            machine.Configure(Ended).OnEntryAsync(onEnded, "call record closed");
        }
        return machine;
    }

    /// <summary>The flow as a Mermaid state diagram, from Stateless' own graph export.</summary>
    public static string Mermaid(FlowDefinition flow) => MermaidGraph.Format(Build(flow).GetInfo());
}
