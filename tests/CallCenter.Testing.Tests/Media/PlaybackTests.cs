using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Media;

public sealed class PlaybackTests
{
    private static Task<FakeWithApp> StartAsync(double speed = 1.0) =>
        FakeWithApp.StartAsync(
            sounds => sounds
                .Add("welcome", TimeSpan.FromSeconds(2))
                .Add("menu", TimeSpan.FromSeconds(3))
                .Add("en/greeting", TimeSpan.FromSeconds(1))
                .Add("greeting", TimeSpan.FromSeconds(4)),
            options => new FakeAsteriskOptions { TimeProvider = options.TimeProvider, SoundsDirectory = options.SoundsDirectory, PlaybackSpeed = speed });

    [Test]
    public async Task Playback_LastsTheWavLengthTimesThePlaybackSpeed()
    {
        await using var setup = await StartAsync(speed: 0.5);
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/pb-1", new { media = "sound:welcome" });
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Wait.Short);
        setup.Advance(TimeSpan.FromMilliseconds(990));
        var beforeTheEnd = caller.PlaybackHistory.Single().Outcome;
        setup.Advance(TimeSpan.FromMilliseconds(10));

        Assert.That(beforeTheEnd, Is.EqualTo(PlaybackOutcome.Playing));
        var finished = await caller.WaitForPlaybackFinishedAsync("sound:welcome", Wait.Short);
        Assert.That(finished.Outcome, Is.EqualTo(PlaybackOutcome.Done));
        var @event = await setup.EventAsync("PlaybackFinished");
        Assert.That((string?)@event["playback"]!["state"], Is.EqualTo("done"));
    }

    [Test]
    public async Task Playback_PrefersTheChannelLanguageFolder()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/play", new { media = "sound:greeting" });
        await caller.WaitForPlaybackStartedAsync("sound:greeting", Wait.Short);
        setup.Advance(TimeSpan.FromSeconds(1));

        var finished = await caller.WaitForPlaybackFinishedAsync("sound:greeting", Wait.Short);
        Assert.That(finished.Outcome, Is.EqualTo(PlaybackOutcome.Done));
    }

    [Test]
    public async Task Playback_SecondOne_WaitsForTheFirstToEnd()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/first", new { media = "sound:welcome" });
        var second = await setup.App.PostAsync($"channels/{caller.ChannelId}/play/second", new { media = "sound:menu" });
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Wait.Short);
        var startedTooEarly = caller.PlaybackHistory.Any(p => p.MediaUri == "sound:menu");
        setup.Advance(TimeSpan.FromSeconds(2));

        Assert.That((string?)second.Json!["state"], Is.EqualTo("queued"));
        Assert.That(startedTooEarly, Is.False);
        var menu = await caller.WaitForPlaybackStartedAsync("sound:menu", Wait.Short);
        Assert.That(menu.StartedAt, Is.EqualTo(caller.PlaybackHistory[0].FinishedAt));
    }

    [Test]
    public async Task Playback_MissingSound_Answers201_ThenStartsAndFails()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();

        var play = await setup.App.PostAsync($"channels/{caller.ChannelId}/play", new { media = "sound:no-such-sound-file" });

        Assert.That(play.Status, Is.EqualTo(201));
        await setup.EventAsync("PlaybackStarted");
        var finished = await setup.EventAsync("PlaybackFinished");
        Assert.That((string?)finished["playback"]!["state"], Is.EqualTo("failed"));
    }

    [Test]
    public async Task Playback_OfAMediaList_ContinuesFromOneItemToTheNext()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/list", new { media = "sound:welcome,sound:menu" });
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Wait.Short);
        setup.Advance(TimeSpan.FromSeconds(5));
        await setup.EventAsync("PlaybackFinished");

        var playbackEvents = setup.App.Log.Events.Where(e => ((string)e["type"]!).StartsWith("Playback", StringComparison.Ordinal))
            .Select(e => $"{e["type"]} {e["playback"]!["media_uri"]}").ToList();
        Assert.That(playbackEvents, Is.EqualTo(new[]
        {
            "PlaybackStarted sound:welcome", "PlaybackContinuing sound:welcome", "PlaybackStarted sound:menu", "PlaybackFinished sound:menu",
        }));
        var first = setup.App.Log.Events.First(e => (string?)e["type"] == "PlaybackStarted");
        Assert.That((string?)first["playback"]!["next_media_uri"], Is.EqualTo("sound:menu"));
    }

    [Test]
    public async Task StopPlayback_EndsItAsDone_AndTheCallerHeardItStopped()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/menu", new { media = "sound:menu" });
        await caller.WaitForPlaybackStartedAsync("sound:menu", Wait.Short);

        var stop = await setup.App.DeleteAsync("playbacks/menu");

        Assert.That(stop.Status, Is.EqualTo(204));
        var finished = await setup.EventAsync("PlaybackFinished");
        Assert.That((string?)finished["playback"]!["state"], Is.EqualTo("done"));
        Assert.That(caller.PlaybackHistory.Single().Outcome, Is.EqualTo(PlaybackOutcome.Stopped));
    }

    [Test]
    public async Task StopPlayback_StillQueued_FinishesItWithoutStarting()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/first", new { media = "sound:welcome" });
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/second", new { media = "sound:menu" });

        await setup.App.DeleteAsync("playbacks/second");
        setup.Advance(TimeSpan.FromSeconds(2));

        var second = await setup.App.Log.WaitAsync(e => (string?)e["type"] == "PlaybackFinished" && (string?)e["playback"]!["id"] == "second", Wait.Short, "second finished");
        Assert.That((string?)second["playback"]!["state"], Is.EqualTo("done"));
        Assert.That(setup.App.Log.Events.Any(e => (string?)e["type"] == "PlaybackStarted" && (string?)e["playback"]!["id"] == "second"), Is.False);
    }

    [Test]
    public async Task Hangup_DuringPlayback_FinishesPlaybackAsFailed()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play", new { media = "sound:menu" });
        await caller.WaitForPlaybackStartedAsync("sound:menu", Wait.Short);

        await caller.HangUpAsync();

        var finished = await setup.EventAsync("PlaybackFinished");
        await setup.EventAsync("StasisEnd", caller.ChannelId);
        Assert.That((string?)finished["playback"]!["state"], Is.EqualTo("failed"));
        var order = setup.App.Log.Events.Select(e => (string)e["type"]!)
            .Where(t => t is "ChannelHangupRequest" or "PlaybackFinished" or "StasisEnd").ToList();
        Assert.That(order, Is.EqualTo(new[] { "ChannelHangupRequest", "PlaybackFinished", "StasisEnd" }));
    }

    [Test]
    public async Task Playback_OfDigitsWithoutSoundFiles_LastsAFixedTimePerDigit()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();

        await setup.App.PostAsync($"channels/{caller.ChannelId}/play", new { media = "digits:123" });
        await caller.WaitForPlaybackStartedAsync("digits:123", Wait.Short);
        setup.Advance(TimeSpan.FromMilliseconds(3 * 600));

        var finished = await caller.WaitForPlaybackFinishedAsync("digits:123", Wait.Short);
        Assert.That(finished.FinishedAt - finished.StartedAt, Is.EqualTo(TimeSpan.FromMilliseconds(1800)));
    }

    [Test]
    public async Task Playback_OfATone_PlaysUntilStopped()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/ring", new { media = "tone:ring" });
        await caller.WaitForPlaybackStartedAsync("tone:ring", Wait.Short);

        setup.Advance(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(1));
        var stillPlaying = (string?)(await setup.App.GetAsync("playbacks/ring")).Json!["state"];
        await setup.App.DeleteAsync("playbacks/ring");

        Assert.That(stillPlaying, Is.EqualTo("playing"));
        Assert.That((await caller.WaitForPlaybackFinishedAsync("tone:ring", Wait.Short)).Outcome, Is.EqualTo(PlaybackOutcome.Stopped));
    }

    [Test]
    public async Task GetPlayback_AfterItFinished_Answers404()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/pb", new { media = "sound:welcome" });
        setup.Advance(TimeSpan.FromSeconds(2));
        await caller.WaitForPlaybackFinishedAsync("sound:welcome", Wait.Short);

        var playback = await setup.App.GetAsync("playbacks/pb");

        Assert.That(playback.Status, Is.EqualTo(404));
        Assert.That(playback.Message, Is.EqualTo("Playback not found"));
    }

    [Test]
    public async Task PausePlayback_HoldsItsEnd_UntilUnpaused()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/pb", new { media = "sound:welcome" });
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Wait.Short);
        setup.Advance(TimeSpan.FromSeconds(1));

        var pause = await setup.App.PostAsync("playbacks/pb/control", new { operation = "pause" });
        setup.Advance(TimeSpan.FromSeconds(10));
        var whilePaused = (string?)(await setup.App.GetAsync("playbacks/pb")).Json!["state"];
        await setup.App.PostAsync("playbacks/pb/control", new { operation = "unpause" });
        setup.Advance(TimeSpan.FromSeconds(1));

        Assert.That(pause.Status, Is.EqualTo(204));
        Assert.That(whilePaused, Is.EqualTo("paused"));
        Assert.That((await caller.WaitForPlaybackFinishedAsync("sound:welcome", Wait.Short)).Outcome, Is.EqualTo(PlaybackOutcome.Done));
    }

    [Test]
    public async Task ControlPlayback_WithUnknownOperation_Answers400()
    {
        await using var setup = await StartAsync();
        var caller = await setup.AnsweredCallAsync();
        await setup.App.PostAsync($"channels/{caller.ChannelId}/play/pb", new { media = "sound:welcome" });

        var control = await setup.App.PostAsync("playbacks/pb/control", new { operation = "louder" });

        Assert.That(control.Status, Is.EqualTo(400));
        Assert.That(control.Message, Is.EqualTo("Invalid operation louder"));
    }

    [Test]
    public async Task Play_OnAnOutgoingChannelNotYetAnswered_Answers412()
    {
        await using var setup = await StartAsync();
        setup.Fake.AddEndpoint("1001", AgentBehavior.NoAnswer());
        await setup.App.PostAsync("channels/create", new { endpoint = "PJSIP/1001", app = "callcenter", channelId = "agent-1" });
        await setup.EventAsync("StasisStart", "agent-1");

        var play = await setup.App.PostAsync("channels/agent-1/play", new { media = "sound:welcome" });

        Assert.That(play.Status, Is.EqualTo(412));
        Assert.That(play.Message, Is.EqualTo("Channel in invalid state"));
    }
}
