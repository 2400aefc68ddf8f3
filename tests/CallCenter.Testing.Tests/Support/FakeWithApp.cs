using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Testing.Tests.Support;

/// <summary>A FakeAsterisk on a controllable clock with a raw application connected, plus the sounds it can play.</summary>
public sealed class FakeWithApp : IAsyncDisposable
{
    private FakeWithApp(FakeAsterisk fake, AriTestClient app, FakeTimeProvider time, Sounds sounds)
    {
        Fake = fake;
        App = app;
        Time = time;
        Sounds = sounds;
    }

    public FakeAsterisk Fake { get; }

    public AriTestClient App { get; }

    public FakeTimeProvider Time { get; }

    public Sounds Sounds { get; }

    public static async Task<FakeWithApp> StartAsync(Action<Sounds>? addSounds = null, Func<FakeAsteriskOptions, FakeAsteriskOptions>? configure = null)
    {
        var sounds = new Sounds();
        addSounds?.Invoke(sounds);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 14, 31, 35, TimeSpan.Zero));
        var options = new FakeAsteriskOptions { TimeProvider = time, SoundsDirectory = sounds.Directory };
        var fake = await FakeAsterisk.StartAsync(configure is null ? options : configure(options));
        var app = await AriTestClient.ConnectAsync(fake);
        return new FakeWithApp(fake, app, time, sounds);
    }

    /// <summary>Places a call and waits for its StasisStart.</summary>
    public async Task<FakeCaller> CallAsync(string extension = "100")
    {
        var caller = await Fake.PlaceCallAsync(extension, "+15551230001", "Alice");
        await App.Log.WaitForTypeAsync("StasisStart", Wait.Short, caller.ChannelId);
        return caller;
    }

    /// <summary>Places a call, answers it and waits for the ChannelStateChange.</summary>
    public async Task<FakeCaller> AnsweredCallAsync(string extension = "100")
    {
        var caller = await CallAsync(extension);
        var answer = await App.PostAsync($"channels/{caller.ChannelId}/answer");
        Assert.That(answer.Status, Is.EqualTo(204), answer.ToString());
        await caller.WaitForAnswerAsync(Wait.Short);
        await App.Log.WaitForTypeAsync("ChannelStateChange", Wait.Short, caller.ChannelId);
        return caller;
    }

    public Task<JsonObject> EventAsync(string type, string? channelId = null, int from = 0) =>
        App.Log.WaitForTypeAsync(type, Wait.Short, channelId, from);

    /// <summary>
    /// Moves the clock forward in small steps, so a timer started by another timer's callback starts on time
    /// (one big jump would start it from the end of the jump).
    /// </summary>
    public void Advance(TimeSpan by, TimeSpan? step = null)
    {
        var size = step ?? TimeSpan.FromMilliseconds(10);
        var end = Time.GetUtcNow() + by;
        while (Time.GetUtcNow() + size < end)
        {
            Time.Advance(size);
        }
        Time.SetUtcNow(end);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Fake.DisposeAsync();
        Sounds.Dispose();
    }
}
