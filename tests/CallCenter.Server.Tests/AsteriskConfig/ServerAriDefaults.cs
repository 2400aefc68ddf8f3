using CallCenter.Testing;
using System.Text.Json;

namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>The "Ari" section of src/CallCenter.Server/appsettings.json: what the server expects of Asterisk.</summary>
public sealed record ServerAriDefaults(Uri Url, string User, string Password, string App)
{
    public static ServerAriDefaults Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.PathOf("src", "CallCenter.Server", "appsettings.json")));
        var ari = document.RootElement.GetProperty("Ari");
        return new ServerAriDefaults(
            new Uri(Text(ari, "Url")),
            Text(ari, "User"),
            Text(ari, "Password"),
            Text(ari, "App"));
    }

    private static string Text(JsonElement section, string name) =>
        section.GetProperty(name).GetString()
        ?? throw new InvalidOperationException($"appsettings.json Ari:{name} is null");
}
