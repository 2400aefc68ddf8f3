namespace CallCenter.Server.Ivr;

/// <summary>Which flow calls run and where prompts live. Bound from the "Ivr" configuration section.</summary>
public sealed class IvrOptions
{
    public const string SectionName = "Ivr";

    /// <summary>Default "flows/hotline.yaml": the flow every new call runs.</summary>
    public string Flow { get; set; } = "flows/hotline.yaml";

    /// <summary>Default "flows": every flow file `flow check` checks.</summary>
    public string FlowsDirectory { get; set; } = "flows";

    /// <summary>Default "prompts": the prompts flows are checked against (Asterisk's sounds directory).</summary>
    public string PromptsDirectory { get; set; } = "prompts";

    /// <summary>Default 2 s: how often the flow file is looked at for changes.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(2);
}
