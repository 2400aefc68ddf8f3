namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>A dialplan context: its extensions (each an ordered list of priorities) and the contexts it includes.</summary>
public sealed class DialplanContext(string name, IReadOnlyDictionary<string, IReadOnlyList<DialplanStep>> extensions, IReadOnlyList<string> includes)
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<string, IReadOnlyList<DialplanStep>> Extensions { get; } = extensions;

    public IReadOnlyList<string> Includes { get; } = includes;
}
