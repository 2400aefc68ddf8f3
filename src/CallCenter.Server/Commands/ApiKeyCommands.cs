using System.Globalization;
using System.Text.Json;
using CallCenter.Server.Web.Cti;

namespace CallCenter.Server.Commands;

/// <summary>
/// `apikey new NAME`: makes a CTI API key, prints it once and the configuration entry (its SHA-256 only) to add to
/// Cti:ApiKeys. The server never stores or logs the key itself, so a lost key is replaced, not recovered.
/// </summary>
public static class ApiKeyCommands
{
    private const int MaxNameLength = 64;

    /// <param name="words">What follows `apikey`.</param>
    /// <param name="configuration">Settings such as --Cti:ApiKeys:0:Name=crm, to number the new entry after the existing ones.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> words, string[] configuration, TextWriter output, TextWriter error)
    {
        switch (words.ToArray())
        {
            case ["new", var name] when IsName(name):
                await NewAsync(name, ConfiguredKeys(configuration), output).ConfigureAwait(false);
                return ServerCommandLine.Success;
            case ["new", var name]:
                await error.WriteLineAsync($"'{name}' cannot name a key: use 1 to {MaxNameLength} letters, digits, '-', '_' or '.', e.g. crm or wallboard-2.").ConfigureAwait(false);
                return ServerCommandLine.Usage;
            default:
                await error.WriteLineAsync($"Unknown command: apikey {string.Join(' ', words)}").ConfigureAwait(false);
                await error.WriteLineAsync(ServerCommandLine.UsageText).ConfigureAwait(false);
                return ServerCommandLine.Usage;
        }
    }

    private static async Task NewAsync(string name, int existing, TextWriter output)
    {
        var (key, hash) = ApiKeys.Generate();
        var entry = JsonSerializer.Serialize(new CtiApiKey { Name = name, Hash = hash });
        var index = existing.ToString(CultureInfo.InvariantCulture);
        var place = existing == 0 ? "the first key" : $"after the {existing} configured now";
        await output.WriteLineAsync($$"""
            API key "{{name}}" (shown this once: the server keeps only its hash; keep it as secret as a password):

              {{key}}

            Use it as `Authorization: ApiKey {{key}}` (see docs/CTI.md).
            To let it in, add this entry to "Cti": { "ApiKeys": [ ... ] } in appsettings.json:

              {{entry}}

            or set these environment variables (index {{index}}: {{place}}):

              Cti__ApiKeys__{{index}}__Name={{name}}
              Cti__ApiKeys__{{index}}__Hash={{hash}}

            then restart the server. To revoke the key, remove its entry and restart.
            """).ConfigureAwait(false);
    }

    private static int ConfiguredKeys(string[] configuration)
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(configuration)
            .Build();
        return settings.GetSection($"{CtiOptions.SectionName}:{nameof(CtiOptions.ApiKeys)}").GetChildren().Count();
    }

    private static bool IsName(string name) =>
        name.Length is > 0 and <= MaxNameLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
