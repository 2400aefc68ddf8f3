using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Tests.Ivr;

public sealed class FlowCompilerTests
{
    private const string Valid = """
        flow: test
        languages: [en, zh]
        start: welcome
        defaults:
          attempts: 3
          invalid-prompt: invalid-option
          timeout-prompt: no-input
          fallback: goodbye
        nodes:
          welcome:
            type: announce
            prompts:
              - welcome
              - prompt: winter-sale
                from: 2026-11-20
                until: 2026-12-31
            next: main-menu
          main-menu:
            type: menu
            prompt: main-menu
            options:
              "1": card
              "9": goodbye
          card:
            type: collect
            prompt: enter-card
            into: card
            digits: 12
            validate: membership-card
            next: points
          points:
            type: lookup
            handler: member-points
            found: say-points
            not-found: main-menu
            error: goodbye
          say-points:
            type: say
            say:
              - prompt: your-points
              - number: points
            next: main-menu
          goodbye:
            type: hangup
            prompt: goodbye
        """;

    [Test]
    public void Compile_AValidFlow_GivesItsNodes()
    {
        var result = FlowCompiler.Compile(Valid, "flows/test.yaml", TestPrompts.Environment());

        Assert.That(result.Errors, Is.Empty);
        var flow = result.Flow!;
        Assert.Multiple(() =>
        {
            Assert.That(flow.Start, Is.EqualTo("welcome"));
            Assert.That(flow.Nodes.Keys, Is.EquivalentTo(new[] { "welcome", "main-menu", "card", "points", "say-points", "goodbye" }));
            var menu = (MenuNode)flow["main-menu"];
            Assert.That(menu.Options.Keys, Is.EquivalentTo(new[] { '1', '9' }));
            Assert.That(menu.Retries.Fallback.Target, Is.EqualTo("goodbye"), "the defaults' fallback");
            var card = (CollectNode)flow["card"];
            Assert.That((card.MinDigits, card.MaxDigits, card.Mask, card.Validator), Is.EqualTo((12, 12, true, DigitValidator.MembershipCard)));
            var sale = ((AnnounceNode)flow["welcome"]).Items[1];
            Assert.That((sale.PlaysOn(new DateOnly(2026, 11, 19)), sale.PlaysOn(new DateOnly(2026, 12, 31))), Is.EqualTo((false, true)));
        });
    }

    [Test]
    public void Compile_UnknownTarget_IsAnErrorAtItsLineWithASuggestion()
    {
        var result = Compile(Valid.Replace("\"1\": card", "\"1\": crad", StringComparison.Ordinal));

        Assert.That(result.Errors.Select(e => e.ToString()), Has.Some.EqualTo($"flows/test.yaml:{LineOf(Valid, "\"1\": card")}: node 'main-menu' goes on key 1 to 'crad', which is not a node (did you mean 'card'?)"));
    }

    [Test]
    public void Compile_DuplicateDigitInAMenu_IsAnErrorAtItsLine()
    {
        var result = Compile(Valid.Replace("\"9\": goodbye", "\"1\": goodbye", StringComparison.Ordinal));

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].Location.Line, Is.EqualTo(LineOf(Valid, "\"9\": goodbye")));
        Assert.That(result.Errors[0].Message, Does.Contain("written twice"));
    }

    [Test]
    public void Compile_UnreachableNode_IsAnError()
    {
        var result = Compile(Valid + "\n  orphan:\n    type: hangup\n");

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { $"flows/test.yaml:{LineOf(Valid, "prompt: goodbye") + 1}: node 'orphan' can never be reached from 'welcome'" }));
    }

    [Test]
    public void Compile_PromptMissingInOneLanguage_NamesPromptLanguageAndLine()
    {
        var result = FlowCompiler.Compile(Valid, "flows/test.yaml", TestPrompts.Environment(("zh", "enter-card")));

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            $"flows/test.yaml:{LineOf(Valid, "prompt: enter-card")}: prompt 'enter-card' (node 'card') is missing in language 'zh': add it to prompts/zh/prompts.txt and build it",
        }));
    }

    [Test]
    public void Compile_UnknownHandler_IsAnError()
    {
        var result = Compile(Valid.Replace("handler: member-points", "handler: member-pionts", StringComparison.Ordinal));

        Assert.That(result.Errors.Single().Message, Does.StartWith("node 'points' uses handler 'member-pionts', which this server does not have (did you mean 'member-points'?)"));
    }

    [Test]
    public void Compile_NodeWithNoWayOut_IsAnError()
    {
        var result = Compile(Valid.Replace("    next: main-menu\n  goodbye:", "  goodbye:", StringComparison.Ordinal));

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.EqualTo("node 'say-points' has no way out: it needs 'next'"));
    }

    [Test]
    public void Compile_TypoInASetting_IsAnErrorNotAQuietDefault()
    {
        var result = Compile(Valid.Replace("    digits: 12", "    digtis: 12", StringComparison.Ordinal));

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.StartWith("node 'card' has no setting 'digtis'"));
    }

    [Test]
    public void Compile_GotoLoopWithoutTheCaller_IsAnError()
    {
        var looping = Valid.Replace("\"9\": goodbye", "\"9\": spin\n      \"8\": goodbye", StringComparison.Ordinal)
            + "\n  spin:\n    type: goto\n    target: spin-more\n  spin-more:\n    type: goto\n    target: spin\n";

        var result = Compile(looping);

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains("comes back to itself through goto/hours nodes alone"));
    }

    [Test]
    public void Compile_NotYaml_IsALineNumberedError()
    {
        var result = Compile("flow: test\nnodes:\n  a: [unclosed\n");

        Assert.That(result.Errors.Single().ToString(), Does.StartWith("flows/test.yaml:").And.Contain("not valid YAML"));
    }

    [Test]
    public void Compile_ManyProblems_ReportsAllInLineOrder()
    {
        var broken = Valid.Replace("\"1\": card", "\"1\": crad", StringComparison.Ordinal).Replace("handler: member-points", "handler: nope", StringComparison.Ordinal);

        var result = Compile(broken);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(result.Errors.Select(e => e.Location.Line), Is.Ordered);
        });
    }

    [TestCase("timeout: fast", "'timeout' must be a duration")]
    [TestCase("timeout: 0s", "'timeout' must be a duration")]
    [TestCase("attempts: 0", "'attempts' must be a whole number from 1 to 10")]
    public void Compile_BadValues_AreExplained(string line, string expected)
    {
        var result = Compile(Valid.Replace("    prompt: main-menu\n", $"    prompt: main-menu\n    {line}\n", StringComparison.Ordinal));

        Assert.That(result.Errors.Select(e => e.Message), Has.Some.Contains(expected));
    }

    [Test]
    public void Compile_QueueNodeNamingAnUnknownQueue_IsAnErrorAtTheNode()
    {
        var yaml = WithAgentNode("queue: suport");
        var environment = TestPrompts.Environment() with { Queues = new HashSet<string>(["support", "sales"]) };

        var result = FlowCompiler.Compile(yaml, "flows/test.yaml", environment);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            $"flows/test.yaml:{LineOf(yaml, "  agent:")}: node 'agent' sends callers to queue 'suport', which the queue file does not have (did you mean 'support'?) (queues: sales, support)",
        }));
    }

    [Test]
    public void Compile_QueueNodeNamingAKnownQueue_Compiles()
    {
        var environment = TestPrompts.Environment() with { Queues = new HashSet<string>(["support"]) };

        var result = FlowCompiler.Compile(WithAgentNode("queue: support"), "flows/test.yaml", environment);

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void Compile_WithoutAQueueList_DoesNotCheckQueueNames()
    {
        var result = Compile(WithAgentNode("queue: anything"));

        Assert.That(result.Errors, Is.Empty);
    }

    /// <summary>The valid flow with key 0 of the main menu leading to a queue node.</summary>
    private static string WithAgentNode(string queueLine) =>
        Valid.Replace("\"9\": goodbye", "\"9\": goodbye\n      \"0\": agent", StringComparison.Ordinal)
        + $"\n  agent:\n    type: queue\n    {queueLine}\n    prompt: goodbye\n    fallback: goodbye\n";

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment, StringComparison.Ordinal)).i + 1;

    private static FlowCompilation Compile(string yaml) => FlowCompiler.Compile(yaml, "flows/test.yaml", TestPrompts.Environment());
}
