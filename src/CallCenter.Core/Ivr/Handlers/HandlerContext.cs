using CallCenter.Core.Calls;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>What a handler knows of the call: who called, in which language, when, and the call's variables so far.</summary>
public sealed record HandlerContext(
    CallerInfo Caller,
    string Language,
    DateTimeOffset Now,
    IReadOnlyDictionary<string, string> Variables)
{
    public string? Variable(string name) => Variables.TryGetValue(name, out var value) ? value : null;
}
