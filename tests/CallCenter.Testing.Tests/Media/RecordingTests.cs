using System.Buffers.Binary;
using CallCenter.Audio;
using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Media;

public sealed class RecordingTests
{
    private static object Record(string name, int maxDuration = 0, int maxSilence = 0, string terminateOn = "none", bool beep = false, string ifExists = "fail") =>
        new Dictionary<string, string>
        {
            ["name"] = name, ["format"] = "wav", ["maxDurationSeconds"] = maxDuration.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["maxSilenceSeconds"] = maxSilence.ToString(System.Globalization.CultureInfo.InvariantCulture), ["terminateOn"] = terminateOn,
            ["beep"] = beep ? "true" : "false", ["ifExists"] = ifExists,
        };

    [Test]
    public async Task Record_UpToMaxDuration_WritesAnEightKilohertzWavOfThatLength()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var record = await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("complaint-1", maxDuration: 3));
        await setup.EventAsync("RecordingStarted");
        setup.Advance(TimeSpan.FromSeconds(3));

        Assert.That(record.Status, Is.EqualTo(201));
        Assert.That((string?)record.Json!["state"], Is.EqualTo("queued"));
        var finished = await setup.EventAsync("RecordingFinished");
        Assert.That((int?)finished["recording"]!["duration"], Is.EqualTo(3));
        var info = WavReader.ReadInfo(Path.Combine(setup.Fake.RecordingsDirectory, "complaint-1.wav"));
        Assert.That(info.Format, Is.EqualTo(WavFormat.Telephony));
        Assert.That(info.Duration, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task Record_TerminatingKey_EndsTheRecordingRightAfterTheKeyEvent()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("vm", maxDuration: 60, terminateOn: "#"));
        await setup.EventAsync("RecordingStarted");
        setup.Advance(TimeSpan.FromSeconds(2));

        var pressing = caller.PressAsync("#");
        setup.Advance(TimeSpan.FromMilliseconds(100));
        await pressing.WaitAsync(Wait.Short);

        var finished = await setup.EventAsync("RecordingFinished");
        Assert.That((int?)finished["recording"]!["duration"], Is.EqualTo(2));
        var order = setup.App.Log.Events.Select(e => (string)e["type"]!).Where(t => t is "ChannelDtmfReceived" or "RecordingFinished");
        Assert.That(order, Is.EqualTo(new[] { "ChannelDtmfReceived", "RecordingFinished" }));
    }

    [Test]
    public async Task Record_WithBeep_LeavesTheBeepOutOfTheRecording()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("beeped", maxDuration: 2, beep: true));

        setup.Advance(TimeSpan.FromMilliseconds(250 + 2000));

        await setup.EventAsync("RecordingFinished");
        var info = WavReader.ReadInfo(Path.Combine(setup.Fake.RecordingsDirectory, "beeped.wav"));
        Assert.That(info.Duration, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task Record_AfterTheCallerFallsSilent_StopsAtMaxSilence()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("silent", maxDuration: 60, maxSilence: 2));
        await setup.EventAsync("RecordingStarted");

        var speaking = caller.SpeakAsync(TimeSpan.FromSeconds(3));
        setup.Advance(TimeSpan.FromSeconds(3));
        await speaking.WaitAsync(Wait.Short);
        setup.Advance(TimeSpan.FromSeconds(2));

        var finished = await setup.EventAsync("RecordingFinished");
        Assert.That((int?)finished["recording"]!["talking_duration"], Is.EqualTo(3));
        var info = WavReader.ReadInfo(Path.Combine(setup.Fake.RecordingsDirectory, "silent.wav"));
        Assert.That(info.Duration, Is.EqualTo(TimeSpan.FromSeconds(3.2)), "the silence that ended it is trimmed to 200 ms");
    }

    [Test]
    public async Task Record_WhileTheCallerSpeaks_CapturesSoundNotSilence()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("spoken", maxDuration: 2));
        await setup.EventAsync("RecordingStarted");

        var speaking = caller.SpeakAsync(TimeSpan.FromSeconds(1));
        setup.Advance(TimeSpan.FromSeconds(2));
        await speaking.WaitAsync(Wait.Short);

        await setup.EventAsync("RecordingFinished");
        var audio = WavReader.Read(Path.Combine(setup.Fake.RecordingsDirectory, "spoken.wav"));
        var samples = Samples(audio);
        Assert.That(samples.Take(8000).Any(s => s != 0), Is.True, "the first second was spoken");
        Assert.That(samples.Skip(8000).All(s => s == 0), Is.True, "the second second was silent");
    }

    [Test]
    public async Task Record_ExistingNameWithIfExistsFail_Answers409()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("taken", maxDuration: 1));
        setup.Advance(TimeSpan.FromSeconds(1));
        await setup.EventAsync("RecordingFinished");

        var again = await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("taken"));

        Assert.That(again.Status, Is.EqualTo(409));
        Assert.That(again.Message, Is.EqualTo("Recording 'taken' already exists and can not be overwritten"));
    }

    [Test]
    public async Task Record_WithIfExistsAppend_AddsToTheExistingFile()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("growing", maxDuration: 1));
        setup.Advance(TimeSpan.FromSeconds(1));
        await setup.EventAsync("RecordingFinished");

        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("growing", maxDuration: 2, ifExists: "append"));
        setup.Advance(TimeSpan.FromSeconds(2));
        await setup.App.Log.WaitUntilAsync(e => e.Count(x => (string?)x["type"] == "RecordingFinished") == 2, Wait.Short);

        var info = WavReader.ReadInfo(Path.Combine(setup.Fake.RecordingsDirectory, "growing.wav"));
        Assert.That(info.Duration, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task Hangup_DuringRecording_KeepsWhatWasRecorded()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("cut", maxDuration: 60));
        await setup.EventAsync("RecordingStarted");
        setup.Advance(TimeSpan.FromSeconds(4));

        await caller.HangUpAsync();

        var finished = await setup.EventAsync("RecordingFinished");
        Assert.That((string?)finished["recording"]!["state"], Is.EqualTo("done"));
        Assert.That((int?)finished["recording"]!["duration"], Is.EqualTo(4));
    }

    [Test]
    public async Task StopLiveRecording_FinishesItAsDone()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("stopped", maxDuration: 60));
        setup.Advance(TimeSpan.FromSeconds(1));

        var stop = await setup.App.PostAsync("recordings/live/stopped/stop");

        Assert.That(stop.Status, Is.EqualTo(204));
        var finished = await setup.EventAsync("RecordingFinished");
        Assert.That((string?)finished["recording"]!["state"], Is.EqualTo("done"));
        Assert.That((await setup.App.GetAsync("recordings/live/stopped")).Status, Is.EqualTo(404));
    }

    [Test]
    public async Task CancelLiveRecording_LeavesNoFile()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("canceled", maxDuration: 60));
        setup.Advance(TimeSpan.FromSeconds(1));

        await setup.App.DeleteAsync("recordings/live/canceled");

        await setup.EventAsync("RecordingFinished");
        Assert.That((await setup.App.GetAsync("recordings/stored/canceled")).Status, Is.EqualTo(404));
    }

    [Test]
    public async Task StoredRecordingFile_ReturnsTheWavBytes()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("download", maxDuration: 1));
        setup.Advance(TimeSpan.FromSeconds(1));
        await setup.EventAsync("RecordingFinished");

        var file = await setup.App.GetAsync("recordings/stored/download/file");

        Assert.That(file.Status, Is.EqualTo(200));
        Assert.That(file.ContentType, Is.EqualTo("audio/wav"));
        Assert.That(WavReader.ReadInfo(new MemoryStream(file.Body)).Duration, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task CopyThenDeleteStoredRecording_LeavesOnlyTheCopy()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("original", maxDuration: 1));
        setup.Advance(TimeSpan.FromSeconds(1));
        await setup.EventAsync("RecordingFinished");

        var copy = await setup.App.PostAsync("recordings/stored/original/copy", new { destinationRecordingName = "tickets/t-42" });
        var delete = await setup.App.DeleteAsync("recordings/stored/original");

        Assert.That((copy.Status, delete.Status), Is.EqualTo((200, 204)));
        var names = (await setup.App.GetAsync("recordings/stored")).Json!.AsArray().Select(r => (string?)r!["name"]);
        Assert.That(names, Is.EqualTo(new[] { "tickets/t-42" }));
    }

    [Test]
    public async Task Record_WhileInABridge_FailsWithItsCause()
    {
        await using var setup = await FakeWithApp.StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync("bridges/room");
        await setup.App.PostAsync("bridges/room/addChannel", new { channel = caller.ChannelId });

        await setup.App.PostAsync($"channels/{caller.ChannelId}/record", Record("bridged", maxDuration: 5));

        var failed = await setup.EventAsync("RecordingFailed");
        Assert.That((string?)failed["recording"]!["cause"], Is.EqualTo("Cannot record channel while in bridge"));
    }

    private static short[] Samples(WavAudio audio)
    {
        var span = audio.Data.Span;
        var samples = new short[span.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(span[(i * 2)..]);
        }
        return samples;
    }
}
