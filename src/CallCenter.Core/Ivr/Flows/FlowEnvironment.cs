namespace CallCenter.Core.Ivr.Flows;

/// <summary>What a flow is checked against: the prompts that exist and the handlers the server has.</summary>
public sealed record FlowEnvironment(IPromptCatalog Prompts, IReadOnlySet<string> Handlers);
