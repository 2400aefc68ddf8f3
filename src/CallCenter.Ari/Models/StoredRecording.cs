namespace CallCenter.Ari.Models;

public sealed record StoredRecording
{
    public string Name { get; init; } = "";
    public string Format { get; init; } = "";
}
