using System.Collections.Frozen;
using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Flows;

/// <summary>A flow file read without errors, before the nodes are checked against each other.</summary>
internal sealed record ParsedFlow(
    string Name,
    IReadOnlyList<string> Languages,
    string DefaultLanguage,
    TimeZoneInfo TimeZone,
    string Start,
    SourceLocation StartLocation,
    FrozenDictionary<string, FlowNode> Nodes,
    string Fingerprint);
