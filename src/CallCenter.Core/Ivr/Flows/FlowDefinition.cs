using System.Collections.Frozen;
using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Flows;

/// <summary>
/// A flow compiled and checked: immutable. A call keeps the definition it started with, so a reload changes
/// only calls that start after it.
/// </summary>
public sealed record FlowDefinition(
    string Name,
    string SourceFile,
    IReadOnlyList<string> Languages,
    string DefaultLanguage,
    TimeZoneInfo TimeZone,
    string Start,
    FrozenDictionary<string, FlowNode> Nodes,
    string Fingerprint)
{
    public FlowNode this[string nodeId] => Nodes[nodeId];
}
