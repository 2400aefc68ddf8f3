using Serilog.Events;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>
/// The flow file edited while calls are in progress: a valid change goes live for new calls only, an invalid one is
/// refused with its file and line while the flow before it keeps serving.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class FlowReloadCallTests
{
    private HotlineRig rig = null!;

    [SetUp]
    public async Task StartAsync() =>
        // Slow timeouts: a caller waits in the main menu while the file changes under them.
        rig = await HotlineRig.StartAsync(new HotlineRigOptions { TimeoutScale = 1 });

    [TearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task ValidEdit_CallInTheMainMenuKeepsTheOldFlow_WhileANewCallGetsTheNewOne()
    {
        await using var before = await rig.CallAsync();
        await before.ReachMainMenuAsync();
        var old = rig.Flows.Current;

        await EditAsync("    prompt: main-menu", "    prompts: [promo-winter-sale, main-menu]");
        await Eventually(() => rig.Flows.Current.Fingerprint != old.Fingerprint, "the edited flow live");
        await before.PressAsync("9");
        var reasked = await before.MediaUntilAsync("main-menu");
        await using var after = await rig.CallAsync();
        await after.HearAsync("choose-language");
        await after.PressAsync("1");
        var asked = await after.MediaUntilAsync("main-menu");

        Assert.Multiple(() =>
        {
            Assert.That(reasked, Is.EqualTo(new[] { Sound("invalid-option"), Sound("main-menu") }), "the call in progress, on the old flow");
            Assert.That(asked, Is.EqualTo(new[] { Sound("promo-winter-sale"), Sound("main-menu") }), "the new call, on the new flow");
        });
    }

    [Test]
    public async Task InvalidEdit_IsRefusedWithItsFileAndLine_AndTheOldFlowServesNewCalls()
    {
        var old = rig.Flows.Current;
        var line = await EditAsync("      \"0\": agent", "      \"0\": agnet");

        await Eventually(() => Refusals().Any(), "the refusal logged");
        await using var caller = await rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("0");
        var heard = await caller.MediaUntilAsync("agent-unavailable");

        var refusal = Refusals().Single();
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Level, Is.EqualTo(LogEventLevel.Error));
            Assert.That(refusal.RenderMessage(null), Does.Contain($"hotline.yaml:{line}: ").And.Contain("'agnet'").And.Contain("did you mean 'agent'"));
            Assert.That(rig.Flows.Current, Is.SameAs(old));
            Assert.That(heard, Is.EqualTo(new[] { Sound("agent-unavailable") }), "0 still reaches the agent");
        });
    }

    private IEnumerable<LogEvent> Refusals() =>
        rig.Logs.Events.Where(e => e.MessageTemplate.Text.StartsWith("Refused the change to", StringComparison.Ordinal));

    /// <summary>Replaces the one line of the flow file that reads <paramref name="line"/>; returns its line number.</summary>
    private async Task<int> EditAsync(string line, string replacement)
    {
        var lines = await File.ReadAllLinesAsync(rig.FlowFile);
        var index = Array.FindIndex(lines, l => l == line);
        Assert.That(Array.FindLastIndex(lines, l => l == line), Is.EqualTo(index).And.Not.EqualTo(-1), $"one line '{line}' in the hotline");
        lines[index] = replacement;
        // Written beside it and moved in, as an editor saves: the server never reads half a file.
        var saving = rig.FlowFile + ".saving";
        await File.WriteAllLinesAsync(saving, lines);
        File.Move(saving, rig.FlowFile, overwrite: true);
        return index + 1;
    }

    private static Task Eventually(Func<bool> condition, string description) =>
        CallCenter.Testing.Eventually.TrueAsync(condition, description, HotlineRig.Patience);
}
