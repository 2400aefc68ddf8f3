using CallCenter.Testing;
using System.Text.Json;

namespace CallCenter.Server.Tests.AsteriskConfig;

public class PjsipConfTests
{
    private static readonly string[] Agents = [.. Enumerable.Range(1001, 10).Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private AsteriskConfigFile _pjsip = null!;

    [OneTimeSetUp]
    public void LoadConfig() => _pjsip = AsteriskConfigFile.LoadFromRepository("pjsip.conf");

    [TestCase("udp")]
    [TestCase("tcp")]
    public void Transport_ExistsForProtocol_BoundOnPort5060(string protocol)
    {
        var transport = _pjsip.ObjectsOfType("transport").Single(section => section.Value("protocol") == protocol);

        Assert.That(transport.Value("bind"), Is.EqualTo("0.0.0.0:5060"));
    }

    [TestCaseSource(nameof(Agents))]
    public void AgentEndpoint_HasUserpassAuthNamedForItsExtension(string extension)
    {
        var endpoint = _pjsip.Object("endpoint", extension);

        var auth = _pjsip.Object("auth", endpoint.Value("auth") ?? "(no auth)");

        Assert.That(
            (auth.Value("auth_type"), auth.Value("username"), string.IsNullOrEmpty(auth.Value("password"))),
            Is.EqualTo(("userpass", extension, false)));
    }

    [TestCaseSource(nameof(Agents))]
    public void AgentEndpoint_HasAorOfItsOwnNameForOnePhone(string extension)
    {
        var endpoint = _pjsip.Object("endpoint", extension);

        var aor = _pjsip.Object("aor", endpoint.Value("aors") ?? "(no aors)");

        Assert.That(
            (aor.Name, aor.Value("max_contacts"), aor.Value("remove_existing"), int.Parse(aor.Value("qualify_frequency") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 0),
            Is.EqualTo((extension, "1", "yes", true)));
    }

    [TestCaseSource(nameof(Agents))]
    public void AgentEndpoint_UsesRfc4733DtmfAndOnlyUlawAlaw(string extension)
    {
        var endpoint = _pjsip.Object("endpoint", extension);

        Assert.That(
            (endpoint.Value("dtmf_mode"), CodecList(endpoint)),
            Is.EqualTo(("rfc4733", "disallow=all;allow=ulaw,alaw")));
    }

    [TestCaseSource(nameof(Agents))]
    public void AgentEndpoint_KeepsMediaInAsteriskAndSurvivesNat(string extension)
    {
        var endpoint = _pjsip.Object("endpoint", extension);

        Assert.That(
            new[] { "direct_media", "rtp_symmetric", "force_rport", "rewrite_contact" }.Select(endpoint.Value),
            Is.EqualTo(new[] { "no", "yes", "yes", "yes" }));
    }

    [Test]
    public void AgentAuthPasswords_AreTheDocumentedDefault()
    {
        var passwords = Agents.Select(extension => _pjsip.Object("auth", $"{extension}-auth").Value("password")).Distinct();

        Assert.That(passwords, Is.EqualTo(new[] { "change-me-agent" }), "README.md and the entrypoint document this default");
    }

    [Test]
    public void HotlineTrunk_IsIdentifiedByIpIntoCallcenterIn()
    {
        var identify = _pjsip.ObjectsOfType("identify").Single();
        var trunk = _pjsip.Object("endpoint", identify.Value("endpoint") ?? "(no endpoint)");

        Assert.That(
            (trunk.Value("context"), string.IsNullOrEmpty(identify.Value("match")), trunk.Value("auth")),
            Is.EqualTo(("callcenter-in", false, (string?)null)));
    }

    [Test]
    public void HotlineTrunk_HasAContactForCallbacks()
    {
        var trunk = _pjsip.Object("endpoint", "hotline-trunk");
        var aor = _pjsip.Object("aor", trunk.Value("aors") ?? "(no aors)");

        Assert.That(aor.Value("contact"), Does.StartWith("sip:"));
    }

    [Test]
    public void HotlineTrunk_UsesRfc4733DtmfAndOnlyUlawAlaw()
    {
        var trunk = _pjsip.Object("endpoint", "hotline-trunk");

        Assert.That((trunk.Value("dtmf_mode"), CodecList(trunk)), Is.EqualTo(("rfc4733", "disallow=all;allow=ulaw,alaw")));
    }

    [Test]
    public void IdentificationByIp_ComesBeforeUserName()
    {
        var order = _pjsip.Object("global", "global").Value("endpoint_identifier_order");

        Assert.That(order?.Split(',')[0].Trim(), Is.EqualTo("ip"));
    }

    [Test]
    public void AgentEndpointContext_IsTheContextAgentLegsHaveInTheRecordedTraces()
    {
        var agentLegContexts = TraceStasisStarts()
            .Where(start => start.AppArgs.FirstOrDefault() == "agent")
            .Select(start => start.Context)
            .Distinct()
            .ToList();
        var endpointContexts = Agents.Select(extension => _pjsip.Object("endpoint", extension).Value("context")).Distinct().ToList();

        Assert.That(endpointContexts, Is.EqualTo(agentLegContexts));
    }

    [Test]
    public void EveryEndpointContext_ExistsInTheDialplan()
    {
        var dialplan = Dialplan.From(AsteriskConfigFile.LoadFromRepository("extensions.conf"));

        var contexts = _pjsip.ObjectsOfType("endpoint").Select(endpoint => endpoint.Value("context") ?? "(none)").Distinct();

        Assert.That(contexts.Where(context => !dialplan.Contexts.ContainsKey(context)), Is.Empty);
    }

    internal static IEnumerable<(string Context, string Exten, int Priority, IReadOnlyList<string> AppArgs)> TraceStasisStarts()
    {
        var traces = Directory.GetFiles(RepositoryRoot.PathOf("tests", "CallCenter.Testing", "Traces"), "*.jsonl")
            .Where(path => !path.EndsWith(".rest.jsonl", StringComparison.Ordinal));
        foreach (var path in traces)
        {
            foreach (var line in File.ReadLines(path).Where(line => line.Length > 0))
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.GetProperty("type").GetString() != "StasisStart")
                {
                    continue;
                }

                var dialplan = root.GetProperty("channel").GetProperty("dialplan");
                yield return (
                    dialplan.GetProperty("context").GetString() ?? "",
                    dialplan.GetProperty("exten").GetString() ?? "",
                    dialplan.GetProperty("priority").GetInt32(),
                    [.. root.GetProperty("args").EnumerateArray().Select(arg => arg.GetString() ?? "")]);
            }
        }
    }

    private static string CodecList(AsteriskConfigSection endpoint) =>
        string.Join(';', endpoint.Entries
            .Where(entry => entry.Key is "allow" or "disallow")
            .Select(entry => $"{entry.Key}={entry.Value.Replace(" ", "", StringComparison.Ordinal)}"));
}
