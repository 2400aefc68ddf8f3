namespace CallCenter.Core.Calls;

/// <summary>The media the welcome call plays; names resolve per language under prompts/.</summary>
public sealed record WelcomeCallPrompts(string Welcome = "sound:welcome", string Goodbye = "sound:goodbye");
