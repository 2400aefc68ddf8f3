namespace CallCenter.Core.Ivr.Flows;

/// <summary>A reason a flow cannot go live, at the line that causes it.</summary>
public sealed record FlowError(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
