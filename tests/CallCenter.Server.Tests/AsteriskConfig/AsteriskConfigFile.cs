using CallCenter.Testing;
using System.Text;

namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// Reads Asterisk's config syntax the way main/config.c does for what this project writes:
/// "[section]" with "(!)" templates, "(tpl1,tpl2)" inheritance and "(+)" additions; "key = value"
/// and "key => value"; ";" comments, "\;" escapes and ";-- block --;" comments; #include,
/// #tryinclude and #exec directives. Anything else is a line-numbered error.
/// </summary>
public sealed class AsteriskConfigFile
{
    private AsteriskConfigFile(string fileName, IReadOnlyList<AsteriskConfigSection> sections, IReadOnlyList<AsteriskConfigDirective> directives)
    {
        FileName = fileName;
        Sections = sections;
        Directives = directives;
    }

    public string FileName { get; }

    public IReadOnlyList<AsteriskConfigSection> Sections { get; }

    public IReadOnlyList<AsteriskConfigDirective> Directives { get; }

    /// <summary>Loads a file of the repository's asterisk-config folder.</summary>
    public static AsteriskConfigFile LoadFromRepository(string fileName) =>
        Load(RepositoryRoot.PathOf("asterisk-config", fileName));

    public static AsteriskConfigFile Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    public static AsteriskConfigFile Parse(string fileName, string text)
    {
        var sections = new List<AsteriskConfigSection>();
        var directives = new List<AsteriskConfigDirective>();
        AsteriskConfigSection? current = null;
        var inBlockComment = false;
        var lines = text.ReplaceLineEndings("\n").Split('\n');

        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = StripComments(lines[index], ref inBlockComment).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                directives.Add(ParseDirective(fileName, line, lineNumber));
            }
            else if (line[0] == '[')
            {
                current = ParseSectionHeader(fileName, line, lineNumber, sections);
            }
            else
            {
                if (current is null)
                {
                    throw new AsteriskConfigFormatException(fileName, lineNumber, $"'{line}' comes before any [section]");
                }

                current.Add(ParseEntry(fileName, line, lineNumber));
            }
        }

        if (inBlockComment)
        {
            throw new AsteriskConfigFormatException(fileName, lines.Length, "a ';--' block comment is never closed with '--;'");
        }

        ResolveTemplates(fileName, sections);
        return new AsteriskConfigFile(fileName, sections, directives);
    }

    /// <summary>The one non-template section of that name whose "type" is the given one (pjsip.conf reuses names across types).</summary>
    public AsteriskConfigSection Object(string type, string name)
    {
        var matches = Sections
            .Where(section => !section.IsTemplate && section.Name == name && string.Equals(section.Value("type"), type, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"{FileName}: expected one [{name}] with type = {type}, found {matches.Count}");
    }

    /// <summary>The one non-template section of that name.</summary>
    public AsteriskConfigSection Section(string name)
    {
        var matches = Sections.Where(section => !section.IsTemplate && section.Name == name).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"{FileName}: expected one [{name}], found {matches.Count}");
    }

    public IEnumerable<AsteriskConfigSection> ObjectsOfType(string type) =>
        Sections.Where(section => !section.IsTemplate && string.Equals(section.Value("type"), type, StringComparison.OrdinalIgnoreCase));

    private static string StripComments(string line, ref bool inBlockComment)
    {
        var kept = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (inBlockComment)
            {
                if (string.CompareOrdinal(line, i, "--;", 0, 3) == 0)
                {
                    inBlockComment = false;
                    i += 2;
                }

                continue;
            }

            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == ';')
            {
                kept.Append(';');
                i++;
            }
            else if (line[i] == ';')
            {
                if (string.CompareOrdinal(line, i, ";--", 0, 3) == 0)
                {
                    inBlockComment = true;
                    i += 2;
                    continue;
                }

                break;
            }
            else
            {
                kept.Append(line[i]);
            }
        }

        return kept.ToString();
    }

    private static AsteriskConfigDirective ParseDirective(string fileName, string line, int lineNumber)
    {
        var separator = line.IndexOfAny([' ', '\t', '"', '<']);
        var name = (separator < 0 ? line : line[..separator]).ToLowerInvariant();
        if (name is not ("#include" or "#tryinclude" or "#exec"))
        {
            throw new AsteriskConfigFormatException(fileName, lineNumber, $"unknown directive '{name}'");
        }

        var argument = separator < 0 ? "" : line[separator..].Trim().Trim('"', '<', '>');
        if (argument.Length == 0)
        {
            throw new AsteriskConfigFormatException(fileName, lineNumber, $"{name} needs a file name");
        }

        return new AsteriskConfigDirective(name, argument, lineNumber);
    }

    private static AsteriskConfigSection ParseSectionHeader(string fileName, string line, int lineNumber, List<AsteriskConfigSection> sections)
    {
        var close = line.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            throw new AsteriskConfigFormatException(fileName, lineNumber, $"'{line}' has no closing ']'");
        }

        var name = line[1..close].Trim();
        if (name.Length == 0)
        {
            throw new AsteriskConfigFormatException(fileName, lineNumber, "a section needs a name");
        }

        var rest = line[(close + 1)..].Trim();
        var options = Array.Empty<string>();
        if (rest.Length > 0)
        {
            if (rest[0] != '(' || rest[^1] != ')')
            {
                throw new AsteriskConfigFormatException(fileName, lineNumber, $"unexpected '{rest}' after [{name}]");
            }

            options = [.. rest[1..^1].Split(',').Select(option => option.Trim())];
            if (options.Any(option => option.Length == 0))
            {
                throw new AsteriskConfigFormatException(fileName, lineNumber, $"empty option in '{rest}'");
            }
        }

        if (options.Contains("+"))
        {
            return sections.LastOrDefault(section => section.Name == name)
                ?? throw new AsteriskConfigFormatException(fileName, lineNumber, $"[{name}](+) adds to a section that was never defined");
        }

        var section = new AsteriskConfigSection(
            name,
            isTemplate: options.Contains("!"),
            templates: [.. options.Where(option => option != "!")],
            lineNumber);
        sections.Add(section);
        return section;
    }

    private static AsteriskConfigEntry ParseEntry(string fileName, string line, int lineNumber)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new AsteriskConfigFormatException(fileName, lineNumber, $"expected 'key = value', found '{line}'");
        }

        var isObjectArrow = equals + 1 < line.Length && line[equals + 1] == '>';
        var value = line[(equals + (isObjectArrow ? 2 : 1))..].Trim();
        return new AsteriskConfigEntry(line[..equals].Trim(), value, isObjectArrow, lineNumber);
    }

    private static void ResolveTemplates(string fileName, List<AsteriskConfigSection> sections)
    {
        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            var inherited = new List<AsteriskConfigEntry>();
            foreach (var templateName in section.Templates)
            {
                var template = sections.Take(index).LastOrDefault(candidate => candidate.Name == templateName)
                    ?? throw new AsteriskConfigFormatException(fileName, section.Line, $"[{section.Name}] inherits from [{templateName}], which is not defined above it");
                inherited.AddRange(template.Entries);
            }

            section.Resolve(inherited);
        }
    }
}
