using CallCenter.Audio;
using CallCenter.Core.Records;
using CallCenter.Testing;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>6 at the main menu: a voice message, kept with 1 or recorded again with 2, that becomes a ticket.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ComplaintCallTests
{
    private static readonly TimeSpan Message = TimeSpan.FromSeconds(3);

    private static HotlineRig Rig => OpenHotline.Rig;

    [Test]
    public async Task MessageKeptWithOne_CallerIsThankedAndHungUp()
    {
        await using var caller = await AtComplaintAsync();
        await LeaveMessageAsync(caller);
        await caller.HearAsync("complaint-review");

        await caller.PressAsync("1");
        var heard = await caller.MediaUntilAsync("complaint-thanks");
        await caller.WaitForHangupAsync();

        Assert.Multiple(() =>
        {
            Assert.That(heard, Is.EqualTo(new[] { Sound("complaint-thanks") }));
            Assert.That(caller.Phone.HungUpBy, Is.EqualTo(HangupParty.Application));
        });
    }

    [Test]
    public async Task MessageKept_IsATicketWithTheSpokenRecording_AndTheCallCountsAsVoicemail()
    {
        await using var caller = await AtComplaintAsync();
        var recording = await LeaveMessageAsync(caller);
        await caller.HearAsync("complaint-review");

        await caller.PressAsync("1");
        await caller.WaitForHangupAsync();

        var ticket = await Rig.TicketAsync(caller.CallId);
        var record = await Rig.EndedRecordAsync(caller.CallId);
        Assert.Multiple(() =>
        {
            Assert.That(ticket.RecordingName, Is.EqualTo(recording));
            Assert.That(ticket.CallerNumber, Is.EqualTo(caller.Phone.CallerNumber));
            Assert.That(IsSpokenTelephonyWav(Rig.RecordingFile(recording)), Is.True, "the caller's voice in an 8 kHz WAV");
            Assert.That(record.Outcome, Is.EqualTo(CallOutcome.Voicemail));
        });
    }

    [Test]
    public async Task PressingTwo_RecordsAgain_AndTheTicketHoldsTheSecondMessageOnly()
    {
        await using var caller = await AtComplaintAsync();
        var first = await LeaveMessageAsync(caller);
        await caller.HearAsync("complaint-review");

        await caller.PressAsync("2");
        var second = await LeaveMessageAsync(caller, number: 2);
        await caller.HearAsync("complaint-review");
        await caller.PressAsync("1");
        await caller.HearAsync("complaint-thanks");

        var ticket = await Rig.TicketAsync(caller.CallId);
        Assert.Multiple(() =>
        {
            Assert.That(ticket.RecordingName, Is.EqualTo(second));
            Assert.That(IsSpokenTelephonyWav(Rig.RecordingFile(second)), Is.True, "the second message in the spool");
            Assert.That(File.Exists(Rig.RecordingFile(first)), Is.False, "the first message deleted");
        });
    }

    [Test]
    public async Task HangupAfterSpeaking_StillOpensTheTicketWithTheRecording()
    {
        await using var caller = await AtComplaintAsync();
        var recording = await Rig.RecordingStartedAsync(caller.CallId);
        await caller.SpeakAsync(Message);

        await caller.HangUpAsync();

        var ticket = await Rig.TicketAsync(caller.CallId);
        Assert.Multiple(() =>
        {
            Assert.That(ticket.RecordingName, Is.EqualTo(recording));
            Assert.That(IsSpokenTelephonyWav(Rig.RecordingFile(recording)), Is.True, "what the caller said before hanging up");
        });
    }

    private static async Task<HotlineCaller> AtComplaintAsync()
    {
        var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("6");
        await caller.HearAsync("complaint-intro");
        return caller;
    }

    /// <summary>Speaks once the recording has started and ends the message with #.</summary>
    private static async Task<string> LeaveMessageAsync(HotlineCaller caller, int number = 1)
    {
        var recording = await Rig.RecordingStartedAsync(caller.CallId, number);
        await caller.SpeakAsync(Message);
        await caller.PressAsync("#");
        return recording;
    }

    private static bool IsSpokenTelephonyWav(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        var audio = WavReader.Read(path);
        var samples = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, short>(audio.Data.Span);
        var loud = false;
        foreach (var sample in samples)
        {
            loud |= Math.Abs((int)sample) > 1000;
        }
        return audio.Format == WavFormat.Telephony && loud;
    }
}
