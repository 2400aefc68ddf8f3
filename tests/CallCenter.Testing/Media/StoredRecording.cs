namespace CallCenter.Testing.Media;

/// <summary>A recording file in the recordings directory: its name without extension, and its format (the extension).</summary>
internal sealed record StoredRecording(string Name, string Format, string Path);
