using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ivr.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Core.Tests.Ivr.Runtime;

public sealed class FlowRunTests
{
    [Test]
    public async Task LookupLoopWithoutTheCaller_IsCutAndTheCallEnded()
    {
        const string looping = """
            flow: test
            start: check
            nodes:
              check:
                type: lookup
                handler: always-found
                found: again
                error: again
              again:
                type: goto
                target: check
            """;
        var rig = new IvrRig(looping, new ScriptedHandler("always-found", _ => HandlerResult.Found()));

        await rig.ArriveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.HungUp, Is.True);
            Assert.That(rig.Journal.Steps, Has.Count.LessThanOrEqualTo(201));
        });
    }

    [Test]
    public async Task QueueBeforeTheDistributorExists_TellsTheCallerAndTakesTheFallback()
    {
        const string flow = """
            flow: test
            start: agent
            nodes:
              agent:
                type: queue
                queue: support
                prompt: agent-unavailable
                fallback: bye
              bye:
                type: hangup
                prompt: goodbye
            """;
        var rig = new IvrRig(flow);
        await rig.ArriveAsync();

        await rig.FinishPromptAsync();
        await rig.FinishPromptAsync();
        await rig.Send(new CallEnded(CallEndReason.WeHungUp));

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Played.Select(p => p.Media[0]), Is.EqualTo(new[] { "sound:agent-unavailable", "sound:goodbye" }));
            Assert.That(rig.Journal.Last.Queue, Is.EqualTo("support"));
        });
    }

    [Test]
    public void CallStartedBeforeAReload_KeepsItsFlow()
    {
        var first = Compile("first-welcome");
        var second = Compile("second-welcome");
        var source = new SwitchableFlows { Current = first };
        var factory = new IvrCallFactory(source, new IvrServices(new RecordingJournal(), new Dictionary<string, IIvrHandler>(), new TextSpeech(), TimeProvider.System, NullLoggerFactory.Instance));
        var caller = new CallerInfo("1.1", "+15550111234", "", "100", [], "en", DateTimeOffset.UnixEpoch);

        var before = (IvrCall)factory.Create(caller, new ScriptedLine());
        source.Current = second;
        var after = (IvrCall)factory.Create(caller, new ScriptedLine());

        Assert.Multiple(() =>
        {
            Assert.That(before.Flow, Is.SameAs(first));
            Assert.That(after.Flow, Is.SameAs(second));
        });
    }

    private static FlowDefinition Compile(string welcome) =>
        FlowCompiler.Compile($"flow: test\nstart: hello\nnodes:\n  hello:\n    type: hangup\n    prompt: {welcome}\n", "flows/test.yaml", TestPrompts.Environment()).Flow!;

    private sealed class SwitchableFlows : IFlowSource
    {
        public required FlowDefinition Current { get; set; }
    }
}
