using System.Text.RegularExpressions;
using CallCenter.Server.Commands;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>Runs `apikey new NAME` as a user would and reads the key and hash it printed.</summary>
internal static partial class ApiKeyCommand
{
    public static async Task<PrintedKey> NewAsync(string name, params string[] configuration)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ServerCommandLine.RunAsync(["apikey", "new", name, .. configuration], output, error, CancellationToken.None);
        if (exit != ServerCommandLine.Success)
        {
            throw new AssertionException($"apikey new {name} failed ({exit}): {error}");
        }
        var text = output.ToString();
        var key = KeyLine().Match(text);
        var hash = HashLine().Match(text);
        if (!key.Success || !hash.Success)
        {
            throw new AssertionException($"apikey new printed no key or hash: {text}");
        }
        return new PrintedKey(key.Groups["key"].Value, hash.Groups["hash"].Value, text);
    }

    [GeneratedRegex(@"^\s+(?<key>cc_\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"Cti__ApiKeys__\d+__Hash=(?<hash>[0-9a-f]{64})")]
    private static partial Regex HashLine();
}

internal sealed record PrintedKey(string Key, string Hash, string Output);
