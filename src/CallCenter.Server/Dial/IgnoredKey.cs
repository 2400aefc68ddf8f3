using CallCenter.Core.Calls;

namespace CallCenter.Server.Dial;

/// <summary>A character typed that is no key of a phone: shown as ignored, never given to the call.</summary>
internal sealed record IgnoredKey(char Character) : CallInput;
