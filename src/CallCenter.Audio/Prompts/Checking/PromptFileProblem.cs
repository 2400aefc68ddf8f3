namespace CallCenter.Audio.Prompts.Checking;

/// <summary>Something wrong in a prompts folder, at a file (and line, for a manifest: <c>prompts/en/prompts.txt:7</c>).</summary>
public sealed record PromptFileProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}
