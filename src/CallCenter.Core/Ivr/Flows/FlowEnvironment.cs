namespace CallCenter.Core.Ivr.Flows;

/// <summary>What a flow is checked against: the prompts that exist and the handlers the server has.</summary>
public sealed record FlowEnvironment(IPromptCatalog Prompts, IReadOnlySet<string> Handlers)
{
    /// <summary>
    /// The queues a queue node may name (those of the queue file, flows/queues.yaml); null when no queue file is at
    /// hand, and then queue names are not checked.
    /// </summary>
    public IReadOnlySet<string>? Queues { get; init; }
}
