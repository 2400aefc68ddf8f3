using System.Globalization;
using CallCenter.Core.Calls;

namespace CallCenter.Telephony.Tests;

public sealed class CallOrderingTests
{
    [Test]
    public async Task FiveHundredConcurrentCalls_EachCallGetsItsOwnInputsInOrder()
    {
        const int calls = 500;
        await using var rig = await Rig.StartAsync(dtmfGap: TimeSpan.FromMilliseconds(5));
        var behaviours = new RecordingBehaviours();
        await using var server = await rig.StartServerAsync(behaviours);

        var placed = await Task.WhenAll(Enumerable.Range(0, calls).Select(i =>
            rig.Asterisk.PlaceCallAsync("100", "+1555" + i.ToString("D7", CultureInfo.InvariantCulture))));
        var sequences = placed.Select((_, i) => DigitsFor(i)).ToArray();
        await Task.WhenAll(placed.Select(c => c.WaitForAnswerAsync(Rig.Timeout)));
        await Task.WhenAll(placed.Select((caller, i) => caller.PressAsync(sequences[i])));
        await Task.WhenAll(placed.Select(c => c.HangUpAsync()));
        await Task.WhenAll(placed.Select(c => behaviours.Calls[c.ChannelId].Ended.WaitAsync(Rig.Timeout)));

        Assert.Multiple(() =>
        {
            for (var i = 0; i < calls; i++)
            {
                var seen = behaviours.Calls[placed[i].ChannelId];
                Assert.That(seen.Inputs[0], Is.InstanceOf<CallArrived>(), $"call {i}: arrival first");
                Assert.That(seen.Digits, Is.EqualTo(sequences[i]), $"call {i}: its own digits, in order");
                Assert.That(seen.Inputs[^1], Is.InstanceOf<CallEnded>(), $"call {i}: the end last");
                Assert.That(seen.Inputs.OfType<CallEnded>().Count(), Is.EqualTo(1), $"call {i}: ended once");
            }
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task OneStalledCall_DoesNotHoldUpTheOthers()
    {
        await using var rig = await Rig.StartAsync(dtmfGap: TimeSpan.FromMilliseconds(5));
        var release = new TaskCompletionSource();
        string? stalledCall = null;
        var behaviours = new RecordingBehaviours((caller, input) =>
            input is DigitPressed && caller.CallId == stalledCall ? release.Task : Task.CompletedTask);
        await using var server = await rig.StartServerAsync(behaviours);

        var stalled = await rig.Asterisk.PlaceCallAsync("100", "+15550000001");
        stalledCall = stalled.ChannelId;
        await stalled.WaitForAnswerAsync(Rig.Timeout);
        await stalled.PressAsync("1");
        var others = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => rig.Asterisk.PlaceCallAsync("100", $"+1555000{i + 100}")));
        await Task.WhenAll(others.Select(async c =>
        {
            await c.WaitForAnswerAsync(Rig.Timeout);
            await c.PressAsync("42");
            await c.HangUpAsync();
        }));
        await Task.WhenAll(others.Select(c => behaviours.Calls[c.ChannelId].Ended.WaitAsync(Rig.Timeout)));
        var stalledWhileOthersEnded = behaviours.Calls[stalled.ChannelId].IsFinished;
        release.SetResult();
        await stalled.HangUpAsync();
        await behaviours.Calls[stalled.ChannelId].Ended.WaitAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(stalledWhileOthersEnded, Is.False);
            Assert.That(others.Select(c => behaviours.Calls[c.ChannelId].Digits), Is.All.EqualTo("42"));
        });
    }

    private static string DigitsFor(int i) =>
        // Different for every call, so a digit delivered to the wrong call or out of order shows.
        i.ToString("D3", CultureInfo.InvariantCulture) + "#" + (999 - i).ToString("D3", CultureInfo.InvariantCulture) + "*";
}
