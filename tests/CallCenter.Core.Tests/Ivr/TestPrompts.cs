using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Core.Tests.Ivr;

/// <summary>Every prompt exists in every language, except those named missing.</summary>
internal sealed class TestPrompts(params (string Language, string Prompt)[] missing) : IPromptCatalog
{
    public bool Has(string language, string prompt) => !missing.Contains((language, prompt));

    public static FlowEnvironment Environment(params (string, string)[] missing) =>
        new(new TestPrompts(missing), new HashSet<string>(["member-points", "order-status", "identify-caller"]));
}
