using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Server.Ivr;

/// <summary>
/// What calls run when the server starts with a flow file it cannot use: an apology and a hangup, so callers
/// are never left in silence while an admin fixes the file (which is picked up as soon as it is valid).
/// </summary>
public static class EmergencyFlow
{
    private const string Yaml = """
        flow: emergency
        start: sorry
        nodes:
          sorry:
            type: hangup
            prompt: unavailable
        """;

    public static FlowDefinition Create() =>
        FlowCompiler.Compile(Yaml, "(built-in emergency flow)", new FlowEnvironment(new AnyPrompt(), new HashSet<string>())).Flow!;

    private sealed class AnyPrompt : IPromptCatalog
    {
        public bool Has(string language, string prompt) => true;
    }
}
