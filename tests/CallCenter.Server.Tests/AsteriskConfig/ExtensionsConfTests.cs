using CallCenter.Testing;
namespace CallCenter.Server.Tests.AsteriskConfig;

public class ExtensionsConfTests
{
    private static readonly string[] Agents = [.. Enumerable.Range(1001, 10).Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private Dialplan _dialplan = null!;
    private ServerAriDefaults _server = null!;

    [OneTimeSetUp]
    public void LoadConfig()
    {
        _dialplan = Dialplan.From(AsteriskConfigFile.LoadFromRepository("extensions.conf"));
        _server = ServerAriDefaults.Load();
    }

    [Test]
    public void DrainTarget_OfTheServer_IsAnExtensionThatPlaysUnavailable()
    {
        var target = new CallCenter.Telephony.TelephonyOptions().DrainContinueTo.Split(',');

        var steps = _dialplan.Find(target[0], target[1]);

        Assert.Multiple(() =>
        {
            Assert.That(steps, Is.Not.Null, $"{target[0]},{target[1]} is not in extensions.conf");
            Assert.That(steps!.Select(s => s.Priority), Does.Contain(int.Parse(target[2], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(steps?.Select(s => (s.Application, s.Data)), Does.Contain(("Playback", "unavailable")));
        });
    }

    [Test]
    public void Hotline100_RunsStasisWithTheServersAppName()
    {
        var stasis = StasisStepFor("callcenter-in", "100");

        Assert.That(stasis.Arguments, Is.EqualTo(new[] { _server.App }));
    }

    [Test]
    public void Vip200_RunsStasisWithTheVipArgument()
    {
        var stasis = StasisStepFor("callcenter-in", "200");

        Assert.That(stasis.Arguments, Is.EqualTo(new[] { _server.App, "vip" }));
    }

    [TestCase("4155550100")]
    [TestCase("+14155550100")]
    [TestCase("0211234567")]
    public void DialledDid_MatchesAPatternThatRunsStasisWithTheServersAppName(string did)
    {
        var stasis = StasisStepFor("callcenter-in", did);

        Assert.That((DialplanPattern.IsPattern(stasis.Extension), stasis.Arguments[0]), Is.EqualTo((true, _server.App)));
    }

    [Test]
    public void StasisPriorities_MatchWhereTheRecordedTracesEnteredTheApp()
    {
        var hotlineStarts = PjsipConfTests.TraceStasisStarts()
            .Where(start => start.Context == "callcenter-in")
            .Select(start => (start.Exten, start.Priority))
            .Distinct()
            .ToList();

        var ours = hotlineStarts.Select(start => (start.Exten, StasisStepFor("callcenter-in", start.Exten).Priority)).ToList();

        Assert.That(ours, Is.EqualTo(hotlineStarts));
    }

    [TestCase("100")]
    [TestCase("200")]
    [TestCase("4155550100")]
    [TestCase("+14155550100")]
    public void WhenStasisReturns_TheCallerHearsUnavailableAndIsHungUp(string dialled)
    {
        var steps = _dialplan.Find("callcenter-in", dialled)!;
        var stasisIndex = steps.ToList().FindIndex(step => step.Application == "Stasis");
        var next = steps[stasisIndex + 1];

        var fallback = _dialplan.Find(next.Arguments[0], next.Arguments[1])!;

        Assert.That(
            (next.Application, fallback.Select(step => step.Application).Where(application => application != "NoOp")),
            Is.EqualTo(("Goto", new[] { "Answer", "Playback", "Hangup" })));
    }

    [Test]
    public void UnavailableFallback_PlaysTheUnavailablePrompt()
    {
        var playback = _dialplan.Find("callcenter-unavailable", "s")!.Single(step => step.Application == "Playback");

        Assert.That(playback.Data, Is.EqualTo("unavailable"));
    }

    [Test]
    public void EveryPromptTheDialplanPlays_ExistsInEnglish()
    {
        var promptsFolder = RepositoryRoot.PathOf("prompts", "en");
        if (!Directory.Exists(promptsFolder))
        {
            Assert.Ignore("prompts/en is not in this checkout yet; the prompts are added separately.");
        }

        var played = _dialplan.Contexts.Values
            .SelectMany(context => context.Extensions.Values.SelectMany(steps => steps))
            .Where(step => step.Application == "Playback")
            .SelectMany(step => step.Data.Split('&'))
            .Distinct();

        Assert.That(played.Where(prompt => !File.Exists(Path.Combine(promptsFolder, prompt + ".wav"))), Is.Empty);
    }

    [TestCaseSource(nameof(Agents))]
    public void AgentsContext_DiallingAnAgent_DialsThatPjsipEndpoint(string extension)
    {
        var dial = _dialplan.FollowTo("agents-in", extension, "Dial");

        Assert.That(
            dial?.Arguments[0].Replace("${EXTEN}", extension, StringComparison.Ordinal),
            Is.EqualTo($"PJSIP/{extension}"));
    }

    [TestCase("100")]
    [TestCase("200")]
    public void AgentsContext_DiallingTheHotline_ReachesTheApp(string extension)
    {
        var stasis = _dialplan.FollowTo("agents-in", extension, "Stasis");

        Assert.That(stasis?.Arguments[0], Is.EqualTo(_server.App));
    }

    [Test]
    public void AgentsContext_AgentLegReturningFromTheApp_IsHungUp()
    {
        var steps = _dialplan.Find("agents-in", "s")!;

        Assert.That(steps[^1].Application, Is.EqualTo("Hangup"));
    }

    [Test]
    public void AgentsContext_CannotDialOutsideTheCallCenter()
    {
        Assert.That(_dialplan.Find("agents-in", "900441234567"), Is.Null);
    }

    private DialplanStep StasisStepFor(string context, string dialled) =>
        _dialplan.Find(context, dialled)?.SingleOrDefault(step => step.Application == "Stasis")
        ?? throw new AssertionException($"{dialled} in [{context}] runs no Stasis()");
}
