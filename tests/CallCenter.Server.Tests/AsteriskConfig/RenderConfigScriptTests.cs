using CallCenter.Testing;
using System.Diagnostics;

namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// The asterisk image's entrypoint writes passwords and addresses from the environment into the
/// config with docker/asterisk/render-config.awk; these run that script on the real files.
/// </summary>
public class RenderConfigScriptTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task AriPassword_Set_ReplacesTheDefaultInTheCallcenterUser()
    {
        var rendered = await RenderAsync("ari.conf", new() { ["ARI_PASSWORD"] = "S3cret-ari!" });

        Assert.That(rendered.Section("callcenter").Value("password"), Is.EqualTo("S3cret-ari!"));
    }

    [Test]
    public async Task NothingSet_LeavesTheFileAsWritten()
    {
        var source = await File.ReadAllTextAsync(RepositoryRoot.PathOf("asterisk-config", "pjsip.conf"));

        var output = await RunAwkAsync("pjsip.conf", []);

        Assert.That(output, Is.EqualTo(source));
    }

    [Test]
    public async Task AgentPassword_PerAgentVariable_WinsOverTheSharedOne()
    {
        var rendered = await RenderAsync("pjsip.conf", new()
        {
            ["AGENT_PASSWORD"] = "shared-pass-1",
            ["AGENT_1003_PASSWORD"] = "only/1003:x",
        });

        Assert.That(
            new[] { "1001-auth", "1003-auth", "1010-auth" }.Select(name => rendered.Object("auth", name).Value("password")),
            Is.EqualTo(new[] { "shared-pass-1", "only/1003:x", "shared-pass-1" }));
    }

    [Test]
    public async Task TrunkMatch_Set_ReplacesThePlaceholderAddress()
    {
        var rendered = await RenderAsync("pjsip.conf", new() { ["TRUNK_MATCH"] = "198.51.100.7,198.51.100.0/28" });

        Assert.That(rendered.Section("hotline-trunk-ip").Value("match"), Is.EqualTo("198.51.100.7,198.51.100.0/28"));
    }

    [Test]
    public async Task TrunkContact_Set_ReplacesThePlaceholderContact()
    {
        var rendered = await RenderAsync("pjsip.conf", new() { ["TRUNK_CONTACT"] = "sip.example.net:5080" });

        Assert.That(rendered.Object("aor", "hotline-trunk-aor").Value("contact"), Is.EqualTo("sip:sip.example.net:5080"));
    }

    [Test]
    public async Task ExternalAddress_Set_EnablesBothAddressesOnEveryTransport()
    {
        var rendered = await RenderAsync("pjsip.conf", new() { ["EXTERNAL_ADDRESS"] = "192.168.1.20" });

        var addresses = rendered.ObjectsOfType("transport")
            .SelectMany(transport => new[] { transport.Value("external_media_address"), transport.Value("external_signaling_address") });

        Assert.That(addresses, Is.EqualTo(new[] { "192.168.1.20", "192.168.1.20", "192.168.1.20", "192.168.1.20" }));
    }

    private static async Task<AsteriskConfigFile> RenderAsync(string fileName, Dictionary<string, string> environment) =>
        AsteriskConfigFile.Parse(fileName, await RunAwkAsync(fileName, environment));

    private static async Task<string> RunAwkAsync(string fileName, Dictionary<string, string> environment)
    {
        var awk = FindOnPath("awk");
        if (awk is null)
        {
            Assert.Ignore("awk is not installed here; the asterisk image has it.");
        }

        var start = new ProcessStartInfo(awk!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", $"conf={fileName}", "-f", RepositoryRoot.PathOf("docker", "asterisk", "render-config.awk"), RepositoryRoot.PathOf("asterisk-config", fileName) })
        {
            start.ArgumentList.Add(argument);
        }

        var inherited = start.Environment.Keys
            .Where(name => name is "ARI_PASSWORD" or "TRUNK_MATCH" or "TRUNK_CONTACT" or "EXTERNAL_ADDRESS" || name.StartsWith("AGENT_", StringComparison.Ordinal))
            .ToList();
        foreach (var name in inherited)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.Zero, await error);
        return await output;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
