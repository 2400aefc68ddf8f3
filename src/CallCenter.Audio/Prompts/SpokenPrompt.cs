namespace CallCenter.Audio.Prompts;

/// <summary>A prompt made by speaking <paramref name="Text"/>, by a person or a speech synthesizer.</summary>
/// <param name="Text">As the manifest writes it, language tags included: <c>[en] For English, press 1. [zh] 中文服务请按2。</c>.</param>
public sealed record SpokenPrompt(string Name, int Line, string Text) : PromptEntry(Name, Line)
{
    /// <summary>The parts of <see cref="Text"/> each voice says, in order; one part in the manifest's language when it has no tags.</summary>
    /// <exception cref="ArgumentException">The text's tags are malformed (a manifest never yields such a prompt).</exception>
    public IReadOnlyList<SpeechSegment> Segments =>
        SpeechSegments.TryParse(Text, out var error) ?? throw new ArgumentException($"'{Name}': {error}", nameof(Text));

    /// <summary>What a caller hears, without the language tags: for showing a prompt as text.</summary>
    public string Transcript => string.Join(" ", Segments.Select(s => s.Text));
}
