using System.Collections.Frozen;
using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Core.Acd.Configuration;

/// <summary>
/// Turns a queue file's text (flows/queues.yaml, format in docs/QUEUES.md) into a checked
/// <see cref="AcdConfiguration"/>, or every reason it cannot be one, each at its line — as flows are compiled.
/// </summary>
public static class AcdConfigurationCompiler
{
    public static AcdConfigurationCompilation Compile(string yaml, string file)
    {
        var parsed = AcdConfigurationParser.Parse(yaml, file, out var parseErrors);
        var errors = parsed is null ? parseErrors : AcdConfigurationValidator.Check(parsed);
        if (parsed is null || errors.Count > 0)
        {
            return new AcdConfigurationCompilation(null, errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToList());
        }
        return new AcdConfigurationCompilation(
            new AcdConfiguration
            {
                Queues = parsed.Queues.ToFrozenDictionary(q => q.Definition.Name, q => q.Definition, StringComparer.Ordinal),
                Agents = parsed.Agents.ToFrozenDictionary(a => a.Definition.Extension, a => a.Definition, StringComparer.Ordinal),
                AutoPauseAfterMissedOffers = parsed.AutoPauseAfterMissedOffers,
                Source = file,
            },
            []);
    }
}
