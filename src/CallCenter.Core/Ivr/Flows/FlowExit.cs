namespace CallCenter.Core.Ivr.Flows;

/// <summary>One way out of a node: on <paramref name="Trigger"/> (e.g. "next", "key 1", "found") go to <paramref name="Target"/>.</summary>
public sealed record FlowExit(string Trigger, string Target, SourceLocation Location);
