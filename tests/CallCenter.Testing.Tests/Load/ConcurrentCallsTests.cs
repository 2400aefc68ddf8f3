using System.Net.Http.Headers;
using System.Text;
using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Load;

/// <summary>FakeAsterisk is the load driver later: it must carry thousands of calls at once and lose no event.</summary>
public sealed class ConcurrentCallsTests
{
    private const int Calls = 5000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Test]
    public async Task FiveThousandConcurrentCalls_AreEachAnsweredPlayedAPromptAndHungUp_WithEveryEventDelivered()
    {
        using var sounds = new Sounds().Add("en/welcome", TimeSpan.FromSeconds(2));
        await using var fake = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SoundsDirectory = sounds.Directory, PlaybackSpeed = 0.01 });
        await using var app = await AriTestClient.ConnectAsync(fake);
        using var http = Http(fake);

        var callers = new List<FakeCaller>(Calls);
        for (var i = 0; i < Calls; i++)
        {
            callers.Add(await fake.PlaceCallAsync("100", $"+1555{i:D7}", $"Caller {i}"));
        }
        Assert.That(await app.Log.WaitForCountAsync("StasisStart", Calls, Patience), Is.True, "every call reached the application");
        var concurrent = fake.Channels.Count;

        await ForEachAsync(callers, c => Post(http, $"channels/{c.ChannelId}/answer", 204));
        await ForEachAsync(callers, c => Post(http, $"channels/{c.ChannelId}/play/pb-{c.ChannelId}?media=sound:welcome", 201));
        Assert.That(await app.Log.WaitForCountAsync("PlaybackFinished", Calls, Patience), Is.True, "every prompt finished");
        await ForEachAsync(callers, c => Send(http, HttpMethod.Delete, $"channels/{c.ChannelId}?reason=normal", 204));
        Assert.That(await app.Log.WaitForCountAsync("StasisEnd", Calls, Patience), Is.True, "every call left the application");

        Assert.That(concurrent, Is.EqualTo(Calls));
        Assert.That(callers.Count(c => c.IsAnswered && c.HungUpBy == HangupParty.Application), Is.EqualTo(Calls));
        Assert.That(callers.Count(c => c.PlaybackHistory is [{ MediaUri: "sound:welcome", Outcome: PlaybackOutcome.Done }]), Is.EqualTo(Calls));
        var expected = new[] { "StasisStart", "ChannelStateChange", "PlaybackStarted", "PlaybackFinished", "ChannelHangupRequest", "StasisEnd" };
        var byChannel = app.Log.Events
            .Where(e => (string?)e["type"] != "ChannelVarset")
            .GroupBy(e => (string?)e["channel"]?["id"] ?? ((string)e["playback"]!["target_uri"]!)["channel:".Length..])
            .ToDictionary(g => g.Key, g => g.Select(e => (string)e["type"]!).ToList());
        Assert.That(callers.Count(c => byChannel[c.ChannelId].SequenceEqual(expected)), Is.EqualTo(Calls), "each call's events, complete and in order");
    }

    private static HttpClient Http(FakeAsterisk fake)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = fake.AriUri, Timeout = Patience };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{fake.User}:{fake.Password}")));
        return http;
    }

    private static Task Post(HttpClient http, string path, int status) => Send(http, HttpMethod.Post, path, status);

    private static async Task Send(HttpClient http, HttpMethod method, string path, int status)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path));
        if ((int)response.StatusCode != status)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static Task ForEachAsync(IEnumerable<FakeCaller> callers, Func<FakeCaller, Task> act) =>
        Parallel.ForEachAsync(callers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (caller, _) => await act(caller));
}
