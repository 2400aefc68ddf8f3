namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>One step of a flow, as compiled: immutable, shared by every call that runs the flow.</summary>
public abstract record FlowNode(string Id, SourceLocation Location)
{
    /// <summary>The node's kind as written in the file: announce, menu, collect, ...</summary>
    public abstract string Kind { get; }

    /// <summary>Every way out of the node. A node with none ends the call (hangup) or hands it on (queue).</summary>
    public abstract IReadOnlyList<FlowExit> Exits { get; }

    /// <summary>The prompts the node may play (for checking they exist in every language).</summary>
    public virtual IEnumerable<TimedPrompt> Prompts => [];
}
