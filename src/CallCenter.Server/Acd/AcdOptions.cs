namespace CallCenter.Server.Acd;

/// <summary>Where the call distributor's queues and agents are configured. Bound from the "Acd" configuration section.</summary>
public sealed class AcdOptions
{
    public const string SectionName = "Acd";

    /// <summary>Default "flows/queues.yaml": the queue file (format in docs/QUEUES.md), found as flows are.</summary>
    public string Queues { get; set; } = "flows/queues.yaml";

    /// <summary>Default 2 s: how often the queue file is looked at for changes.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(2);
}
