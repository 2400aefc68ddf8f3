namespace CallCenter.Audio.Prompts;

public sealed record PromptManifestError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
