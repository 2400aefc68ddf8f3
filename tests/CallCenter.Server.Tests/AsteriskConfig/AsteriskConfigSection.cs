namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// A "[name]" category. "[name](!)" makes it a template; "[name](a,b)" inherits the entries of
/// templates a then b, before its own, as Asterisk does.
/// </summary>
public sealed class AsteriskConfigSection(string name, bool isTemplate, IReadOnlyList<string> templates, int line)
{
    private readonly List<AsteriskConfigEntry> _entries = [];

    public string Name { get; } = name;

    public bool IsTemplate { get; } = isTemplate;

    public IReadOnlyList<string> Templates { get; } = templates;

    public int Line { get; } = line;

    /// <summary>The entries written in this section itself, in file order.</summary>
    public IReadOnlyList<AsteriskConfigEntry> OwnEntries => _entries;

    /// <summary>Inherited entries first (template by template), then this section's own.</summary>
    public IReadOnlyList<AsteriskConfigEntry> Entries { get; private set; } = [];

    /// <summary>The value Asterisk uses for a single-valued option: the last one set.</summary>
    public string? Value(string key) =>
        Entries.LastOrDefault(entry => entry.Key.Equals(key, StringComparison.OrdinalIgnoreCase))?.Value;

    public IReadOnlyList<string> Values(string key) =>
        [.. Entries.Where(entry => entry.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Select(entry => entry.Value)];

    internal void Add(AsteriskConfigEntry entry) => _entries.Add(entry);

    internal void Resolve(IReadOnlyList<AsteriskConfigEntry> inherited) => Entries = [.. inherited, .. _entries];
}
