using CallCenter.Core.Calls;
namespace CallCenter.Telephony.Tests.Welcome;

/// <summary>The media the welcome call plays; names resolve per language under prompts/.</summary>
internal sealed record WelcomeCallPrompts(string Welcome = "sound:welcome", string Goodbye = "sound:goodbye");
