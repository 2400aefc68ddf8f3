using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Core.Acd.Configuration;

/// <summary>An agent as read from the file, with the line of their entry.</summary>
internal sealed record ParsedAgent(AgentDefinition Definition, SourceLocation Location);
