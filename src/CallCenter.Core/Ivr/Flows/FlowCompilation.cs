namespace CallCenter.Core.Ivr.Flows;

/// <summary>The result of compiling a flow file: the flow, or every error found (never both).</summary>
public sealed record FlowCompilation(FlowDefinition? Flow, IReadOnlyList<FlowError> Errors)
{
    public bool Succeeded => Flow is not null;
}
