using CallCenter.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>
/// A caller on the hotline, listening: each wait takes what the phone heard since the last one, in order, so a
/// prompt heard twice (the main menu after each answer) is waited for twice.
/// </summary>
internal sealed class HotlineCaller(FakeCaller phone) : IAsyncDisposable
{
    private static readonly TimeSpan Patience = HotlineRig.Patience;
    private int listenedTo;

    public FakeCaller Phone { get; } = phone;

    /// <summary>The call's id on the server: the caller's channel.</summary>
    public string CallId => Phone.ChannelId;

    /// <summary>Everything played to the phone so far, in order.</summary>
    public IReadOnlyList<PlaybackRecord> Heard => Phone.PlaybackHistory;

    /// <summary>Waits for <paramref name="prompt"/> (a sound's name, e.g. "main-menu") to start; what came before it is passed over.</summary>
    public async Task<PlaybackRecord> HearAsync(string prompt)
    {
        var heard = await ListenUntilAsync(prompt);
        return heard[^1];
    }

    /// <summary>
    /// Everything that started playing since the last wait, up to and including the next <paramref name="prompt"/>.
    /// </summary>
    public async Task<IReadOnlyList<PlaybackRecord>> ListenUntilAsync(string prompt)
    {
        var media = Sound(prompt);
        var from = listenedTo;
        await Phone.WaitUntilAsync(p => p.PlaybackHistory.Skip(from).Any(r => r.MediaUri == media), $"hear {media} after what it heard first", Patience);
        var history = Phone.PlaybackHistory;
        var until = history.Select((r, i) => (r, i)).Skip(from).First(x => x.r.MediaUri == media).i;
        listenedTo = until + 1;
        return history.Skip(from).Take(until + 1 - from).ToList();
    }

    /// <summary>What <see cref="ListenUntilAsync"/> heard, as media URIs.</summary>
    public async Task<IReadOnlyList<string>> MediaUntilAsync(string prompt) =>
        (await ListenUntilAsync(prompt)).Select(r => r.MediaUri).ToList();

    /// <summary>Gets past the welcome and the language choice (1: English) to the main menu.</summary>
    public async Task<PlaybackRecord> ReachMainMenuAsync(string languageKey = "1")
    {
        await HearAsync("choose-language");
        await PressAsync(languageKey);
        return await HearAsync("main-menu");
    }

    public Task PressAsync(string keys) => Phone.PressAsync(keys);

    /// <summary>Talks for <paramref name="duration"/> of media time: a recording hears a tone.</summary>
    public Task SpeakAsync(TimeSpan duration) => Phone.SpeakAsync(duration);

    public Task HangUpAsync() => Phone.HangUpAsync();

    public Task WaitForHangupAsync() => Phone.WaitForHangupAsync(Patience);

    public static string Sound(string prompt) => "sound:" + prompt;

    /// <summary>A caller who has heard enough hangs up, so no call runs on into the next test.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!Phone.IsHungUp)
        {
            await Phone.HangUpAsync();
        }
    }
}
