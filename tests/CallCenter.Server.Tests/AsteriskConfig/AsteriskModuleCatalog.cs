using CallCenter.Testing;
namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// What the tests know about Asterisk's loadable modules (test data beside this file):
/// known-modules.txt, the module names of Asterisk 20 and 22 from its source tree layout, and
/// module-requires.txt, the ".requires" that modules declare in their AST_MODULE_INFO.
/// </summary>
public sealed class AsteriskModuleCatalog
{
    private AsteriskModuleCatalog(IReadOnlySet<string> known, IReadOnlyDictionary<string, IReadOnlyList<string>> requires)
    {
        Known = known;
        Requires = requires;
    }

    public IReadOnlySet<string> Known { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Requires { get; }

    public static AsteriskModuleCatalog Load()
    {
        var known = DataLines("known-modules.txt").Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var requires = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var line in DataLines("module-requires.txt"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"module-requires.txt: expected 'module.so: dependency.so ...', found '{line}'");
            }

            requires[Normalize(line[..colon])] =
                [.. line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize)];
        }

        return new AsteriskModuleCatalog(known, requires);
    }

    /// <summary>"chan_pjsip" and "chan_pjsip.so" name the same module.</summary>
    public static string Normalize(string module)
    {
        var name = module.Trim();
        return name.EndsWith(".so", StringComparison.Ordinal) ? name : name + ".so";
    }

    private static IEnumerable<string> DataLines(string fileName) =>
        File.ReadLines(RepositoryRoot.PathOf("tests", "CallCenter.Server.Tests", "AsteriskConfig", fileName))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
