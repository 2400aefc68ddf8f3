namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>A compose "volumes" entry in short syntax: "source:target[:ro|rw]".</summary>
public sealed record ComposeVolumeMount(string Source, string Target, bool ReadOnly)
{
    public bool IsBindMount => Source.StartsWith('.') || Source.StartsWith('/');

    public static ComposeVolumeMount Parse(string text)
    {
        var parts = text.Split(':');
        return parts.Length switch
        {
            2 => new ComposeVolumeMount(parts[0], parts[1], ReadOnly: false),
            3 => new ComposeVolumeMount(parts[0], parts[1], parts[2] == "ro"),
            _ => throw new FormatException($"'{text}' is not 'source:target[:mode]'"),
        };
    }
}
