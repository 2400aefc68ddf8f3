using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace CallCenter.Data.Schema;

/// <summary>The migration scripts embedded in this assembly, per dialect, in version order.</summary>
public static partial class MigrationScripts
{
    public static IReadOnlyList<Migration> For(DatabaseProvider provider)
    {
        var folder = provider switch
        {
            DatabaseProvider.Sqlite => "Sqlite",
            DatabaseProvider.SqlServer => "SqlServer",
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"CallCenter.Data.Sql.{folder}";
        var migrations = assembly.GetManifestResourceNames()
            .Select(name => (name, match: ResourceName().Match(name)))
            .Where(r => r.match.Success && r.name.StartsWith(prefix, StringComparison.Ordinal) && r.name[prefix.Length] is '.' or '/' or '\\')
            .Select(r => new Migration(
                int.Parse(r.match.Groups["version"].Value, CultureInfo.InvariantCulture),
                r.match.Groups["name"].Value,
                Read(assembly, r.name)))
            .OrderBy(m => m.Version)
            .ToList();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two {folder} migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }
        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
