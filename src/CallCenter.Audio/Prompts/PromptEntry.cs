namespace CallCenter.Audio.Prompts;

/// <summary>One prompt a manifest declares: its name is its file, <c>&lt;language&gt;/&lt;Name&gt;.wav</c>.</summary>
/// <param name="Name">What a flow plays it by, e.g. <c>welcome</c> or <c>digits/1</c>.</param>
/// <param name="Line">Where the manifest declares it, for messages about it.</param>
public abstract record PromptEntry(string Name, int Line);
