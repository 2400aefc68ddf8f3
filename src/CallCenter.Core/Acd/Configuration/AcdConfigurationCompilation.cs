using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Core.Acd.Configuration;

/// <summary>The result of reading a queue file: the configuration, or every error found (never both).</summary>
public sealed record AcdConfigurationCompilation(AcdConfiguration? Configuration, IReadOnlyList<FlowError> Errors)
{
    public bool Succeeded => Configuration is not null;
}
