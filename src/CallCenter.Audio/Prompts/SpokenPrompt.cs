namespace CallCenter.Audio.Prompts;

/// <summary>A prompt made by speaking <paramref name="Text"/>, by a person or a speech synthesizer.</summary>
public sealed record SpokenPrompt(string Name, int Line, string Text) : PromptEntry(Name, Line);
