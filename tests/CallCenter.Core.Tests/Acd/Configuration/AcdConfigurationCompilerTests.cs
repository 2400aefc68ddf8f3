using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Customers;

namespace CallCenter.Core.Tests.Acd.Configuration;

public sealed class AcdConfigurationCompilerTests
{
    private const string File = "flows/queues.yaml";

    private const string Valid = """
        auto-pause-after-missed: 3
        queues:
          support:
            skills:
              - after: 0s
                require: {support: 3}
              - after: 60s
                require: {support: 1}
            match-language: true
            strategy: round-robin
            ring-timeout: 20s
            wrap-up: 45s
            max-wait: 4m
            overflow: {queue: sales}
            announce-every: 30s
            music-on-hold: calm
            tier-weights: {vip: 10, member: 2.5}
            last-agent-wait: 40s
            service-level: 15s
          sales:
            skills: {sales: 2}
            strategy: fewest-calls
            overflow: callback
          complaints:
            overflow: voicemail
        agents:
          - {extension: "1001", name: Emma Johnson, skills: {sales: 4, support: 3, en: 5}}
          - extension: "1002"
            name: Li Wei
            skills: {support: 1, zh: 5}
        """;

    [Test]
    public void Compile_AValidFile_GivesEveryQueueSettingAsWritten()
    {
        var result = AcdConfigurationCompiler.Compile(Valid, File);

        Assert.That(result.Errors, Is.Empty);
        var support = result.Configuration!.Queues["support"];
        Assert.Multiple(() =>
        {
            Assert.That(support.Skills, Has.Count.EqualTo(2));
            Assert.That(support.Skills[0].After, Is.EqualTo(TimeSpan.Zero));
            Assert.That(support.Skills[0].Requirements, Is.EqualTo(new[] { new SkillRequirement("support", 3) }));
            Assert.That(support.Skills[1].After, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(support.Skills[1].Requirements, Is.EqualTo(new[] { new SkillRequirement("support", 1) }));
            Assert.That(support.MatchLanguage, Is.True);
            Assert.That(support.Strategy, Is.EqualTo(RoutingStrategy.RoundRobin));
            Assert.That(support.RingTimeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(support.WrapUp, Is.EqualTo(TimeSpan.FromSeconds(45)));
            Assert.That(support.MaxWait, Is.EqualTo(TimeSpan.FromMinutes(4)));
            Assert.That(support.Overflow, Is.EqualTo(new OverflowTarget(OverflowAction.Queue, "sales")));
            Assert.That(support.AnnouncementInterval, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(support.MusicOnHold, Is.EqualTo("calm"));
            Assert.That(support.WeightOf(CustomerTier.Vip), Is.EqualTo(10));
            Assert.That(support.WeightOf(CustomerTier.Member), Is.EqualTo(2.5));
            Assert.That(support.WeightOf(CustomerTier.Regular), Is.EqualTo(1));
            Assert.That(support.LastAgentWait, Is.EqualTo(TimeSpan.FromSeconds(40)));
            Assert.That(support.ServiceLevel, Is.EqualTo(TimeSpan.FromSeconds(15)));
        });
    }

    [Test]
    public void Compile_AValidFile_GivesTheAgentsAndTheFileWideSettings()
    {
        var configuration = AcdConfigurationCompiler.Compile(Valid, File).Configuration!;

        Assert.Multiple(() =>
        {
            Assert.That(configuration.AutoPauseAfterMissedOffers, Is.EqualTo(3));
            Assert.That(configuration.Source, Is.EqualTo(File));
            Assert.That(configuration.Agents.Keys, Is.EquivalentTo(new[] { "1001", "1002" }));
            Assert.That(configuration.Agents["1002"].Name, Is.EqualTo("Li Wei"));
            Assert.That(configuration.Agents["1001"].Skills, Is.EquivalentTo(new Dictionary<string, int> { ["sales"] = 4, ["support"] = 3, ["en"] = 5 }));
        });
    }

    [Test]
    public void Compile_SkillsWrittenAsOneMapping_IsOneStepFromTheStart()
    {
        var sales = AcdConfigurationCompiler.Compile(Valid, File).Configuration!.Queues["sales"];

        Assert.That(sales.Skills, Is.EqualTo(new[] { new SkillStep(TimeSpan.Zero, [new SkillRequirement("sales", 2)]) }).Using<SkillStep>(SameStep));
    }

    [Test]
    public void Compile_QueueWithoutSettings_GetsTheModelsDefaults()
    {
        var complaints = AcdConfigurationCompiler.Compile(Valid, File).Configuration!.Queues["complaints"];

        Assert.That(complaints, Is.EqualTo(new QueueDefinition { Name = "complaints" }).Using<QueueDefinition>((a, b) =>
            a.Skills.Count == b.Skills.Count && a.Strategy == b.Strategy && a.RingTimeout == b.RingTimeout && a.WrapUp == b.WrapUp
            && a.MaxWait == b.MaxWait && a.Overflow == b.Overflow && a.AnnouncementInterval == b.AnnouncementInterval
            && a.MusicOnHold == b.MusicOnHold && a.TierWeights.Count == b.TierWeights.Count && a.LastAgentWait == b.LastAgentWait
            && a.MatchLanguage == b.MatchLanguage && a.ServiceLevel == b.ServiceLevel));
    }

    [TestCase("    ring-timeout: 20s", "    ring-timout: 20s", "queue 'support' has no setting 'ring-timout' (known: announce-every, description, last-agent-wait, match-language, max-wait, music-on-hold, overflow, ring-timeout, service-level, skills, strategy, tier-weights, wrap-up)")]
    [TestCase("    wrap-up: 45s", "    wrap-up: 45 seconds", "queue 'support': 'wrap-up' must be a duration from 0s to 30m, such as 30s or 2m")]
    [TestCase("    strategy: round-robin", "    strategy: random", "queue 'support': unknown strategy 'random' (longest-idle, round-robin, fewest-calls)")]
    [TestCase("    ring-timeout: 20s", "    ring-timeout: 2s", "queue 'support': 'ring-timeout' must be a duration from 5s to 2m, such as 30s or 2m")]
    [TestCase("    wrap-up: 45s", "    wrap-up: 1h", "queue 'support': 'wrap-up' must be a duration from 0s to 30m, such as 30s or 2m")]
    [TestCase("    max-wait: 4m", "    max-wait: 3h", "queue 'support': 'max-wait' must be a duration from 30s to 2h, such as 30s or 2m")]
    [TestCase("    announce-every: 30s", "    announce-every: 5s", "queue 'support': 'announce-every' must be a duration from 15s to 30m, such as 30s or 2m")]
    [TestCase("    tier-weights: {vip: 10, member: 2.5}", "    tier-weights: {vip: 0, member: 2.5}", "queue 'support': the weight of 'vip' must be a number above 0 and at most 1000")]
    [TestCase("    tier-weights: {vip: 10, member: 2.5}", "    tier-weights: {vip: 10, member: -2}", "queue 'support': the weight of 'member' must be a number above 0 and at most 1000")]
    [TestCase("    tier-weights: {vip: 10, member: 2.5}", "    tier-weights: {vip: 10, gold: 2}", "queue 'support': 'gold' is not a customer tier (vip, member, regular)")]
    [TestCase("    overflow: callback", "    overflow: hangup", "queue 'sales': 'overflow' is voicemail, callback or {queue: NAME}")]
    [TestCase("    music-on-hold: calm", "    music-on-hold: calm music", "queue 'support': 'calm music' is not a music-on-hold class name (letters, digits, '-' and '_', as in musiconhold.conf)")]
    [TestCase("    match-language: true", "    match-language: often", "queue 'support': 'match-language' must be true or false")]
    [TestCase("auto-pause-after-missed: 3", "auto-pause-after-missed: -1", "the queue file: 'auto-pause-after-missed' must be a whole number from 0 to 20")]
    [TestCase("        require: {support: 3}", "        require: {support: 6}", "queue 'support': the level of 'support' must be a whole number from 1 to 5")]
    [TestCase("    skills: {support: 1, zh: 5}", "    skills: {support: 0, zh: 5}", "agent 1002: the level of 'support' must be a whole number from 1 to 5")]
    [TestCase("  - extension: \"1002\"", "  - extension: \"10o2\"", "agent 10o2: an extension is digits only, e.g. 1001 (it is the agent's PJSIP endpoint)")]
    [TestCase("    skills: {support: 1, zh: 5}", "    skils: {support: 1, zh: 5}", "agent 1002 has no setting 'skils' (known: extension, name, skills)")]
    [TestCase("      - after: 0s", "      - after: 10s", "queue 'support': the first skill step must be at 0s (what callers need from the start), not 10s")]
    [TestCase("      - after: 60s", "      - after: 0.0s", "queue 'support': skill steps must come later and later; 0s is not after 0s")]
    [TestCase("      - after: 60s", "      - after: 5m", "queue 'support': the skill step at 5m never applies, callers overflow at max-wait (4m)")]
    [TestCase("        require: {support: 1}", "        require: {support: 4}", "queue 'support': the skill step at 1m asks more than the one before (support 4, before: support 3); later steps may only lower levels or drop skills")]
    [TestCase("        require: {support: 1}", "        require: {support: 1, en: 1}", "queue 'support': the skill step at 1m asks more than the one before (en 1, before: support 3); later steps may only lower levels or drop skills")]
    [TestCase("    overflow: {queue: sales}", "    overflow: {queue: slaes}", "queue 'support' overflows to 'slaes', which is not a queue (did you mean 'sales'?)")]
    [TestCase("    overflow: {queue: sales}", "    overflow: {queue: support}", "queue 'support' overflows to itself: callers would wait forever")]
    [TestCase("    last-agent-wait: 40s", "    last-agent-wait: 4m", "queue 'support': last-agent-wait (4m) must be shorter than max-wait (4m)")]
    [TestCase("    service-level: 15s", "    service-level: 0s", "queue 'support': 'service-level' must be a duration from 1s to 1h, such as 30s or 2m")]
    [TestCase("    service-level: 15s", "    service-level: 5m", "queue 'support': service-level (5m) must be shorter than max-wait (4m)")]
    public void Compile_ABadLine_IsOneErrorAtThatLine(string line, string replacement, string message)
    {
        var yaml = Replace(Valid, line, replacement);

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { $"{File}:{LineOf(yaml, replacement)}: {message}" }));
        Assert.That(result.Configuration, Is.Null);
    }

    [Test]
    public void Compile_NoAgentCanMeetTheFirstStep_NamesTheQueueAtItsLine()
    {
        var yaml = Replace(Valid, "        require: {support: 3}", "        require: {support: 3, zh: 5}");

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            $"{File}:{LineOf(yaml, "  support:")}: queue 'support': no agent meets its first skill step (support 3, zh 5), so nobody could ever take its calls",
        }));
    }

    [Test]
    public void Compile_OverflowCircle_IsReportedOnceAtTheFirstQueuesOverflow()
    {
        var yaml = Replace(Valid, "    overflow: callback", "    overflow: {queue: complaints}");
        yaml = Replace(yaml, "    overflow: voicemail", "    overflow: {queue: support}");

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            $"{File}:{LineOf(yaml, "    overflow: {queue: sales}")}: queues overflow in a circle (support -> sales -> complaints -> support): callers would be passed round forever; end it with voicemail or callback",
        }));
    }

    [Test]
    public void Compile_OverflowIntoACircleFromOutside_ReportsOnlyTheCircle()
    {
        var yaml = Replace(Valid, "    overflow: callback", "    overflow: {queue: complaints}");
        yaml = Replace(yaml, "    overflow: voicemail", "    overflow: {queue: sales}");

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.Message), Is.EqualTo(new[]
        {
            "queues overflow in a circle (sales -> complaints -> sales): callers would be passed round forever; end it with voicemail or callback",
        }));
    }

    [Test]
    public void Compile_AgentListedTwice_IsAnErrorAtTheSecondEntry()
    {
        var yaml = Valid + "\n  - {extension: \"1001\", name: Someone Else}";

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            $"{File}:{LineOf(yaml, "Someone Else")}: agent 1001 is listed twice (first at line {LineOf(yaml, "\"1001\", name: Emma")}); an extension is one agent",
        }));
    }

    [Test]
    public void Compile_QueueWrittenTwice_IsAnErrorAtTheSecond()
    {
        var yaml = Replace(Valid, "  complaints:", "  sales:");

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].Location.Line, Is.EqualTo(LineOf(yaml, "    overflow: voicemail") - 1));
        Assert.That(result.Errors[0].Message, Does.StartWith("a key is written twice here (two queues with one name"));
    }

    [Test]
    public void Compile_SeveralMistakes_ReportsEveryOneInLineOrder()
    {
        var yaml = Replace(Valid, "    ring-timeout: 20s", "    ring-timeout: forever");
        yaml = Replace(yaml, "    strategy: fewest-calls", "    strategy: fastest");
        yaml = Replace(yaml, "  - extension: \"1002\"", "  - extension: \"ext2\"");

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.Location.Line), Is.EqualTo(new[]
        {
            LineOf(yaml, "ring-timeout: forever"), LineOf(yaml, "strategy: fastest"), LineOf(yaml, "\"ext2\""),
        }));
    }

    [Test]
    public void Compile_NoAgents_IsAnError()
    {
        var yaml = Valid[..Valid.IndexOf("agents:", StringComparison.Ordinal)];

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.Message), Is.EqualTo(new[] { "the queue file needs 'agents': a list of extension, name and skills" }));
    }

    [Test]
    public void Compile_NotAMapping_IsAnErrorAtTheFirstLine()
    {
        var result = AcdConfigurationCompiler.Compile("- support\n- sales\n", File);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { $"{File}:1: a queue file is a mapping with 'queues' and 'agents'" }));
    }

    [Test]
    public void Compile_NotYaml_IsAnErrorAtItsLine()
    {
        var result = AcdConfigurationCompiler.Compile("queues:\n  support: {strategy: [\n", File);

        Assert.That(result.Errors.Single().Message, Does.StartWith("the file is not valid YAML"));
    }

    [Test]
    public void Compile_AQueueNameThatIsNotText_IsAnErrorNotACrash()
    {
        var yaml = Replace(Valid, "  complaints:", "  [complaints]:");

        var result = AcdConfigurationCompiler.Compile(yaml, File);

        Assert.That(result.Errors.Select(e => e.Location.Line), Is.EqualTo(new[] { LineOf(yaml, "[complaints]:") }));
    }

    private static bool SameStep(SkillStep a, SkillStep b) => a.After == b.After && a.Requirements.SequenceEqual(b.Requirements);

    private static string Replace(string yaml, string line, string replacement)
    {
        var lines = yaml.Split('\n');
        var index = Array.IndexOf(lines, line);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"no line \"{line}\"");
        lines[index] = replacement;
        return string.Join('\n', lines);
    }

    private static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, index) => (line, index)).First(x => x.line.Contains(text, StringComparison.Ordinal)).index + 1;
}
