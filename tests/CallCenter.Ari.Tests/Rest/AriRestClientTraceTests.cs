using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using CallCenter.Ari.Rest;

namespace CallCenter.Ari.Tests.Rest;

/// <summary>
/// Every REST request a real application made to Asterisk 22.10.1 in the traces, made again through our typed
/// client against the answer Asterisk gave: the client must send the same method, path and query, and turn the
/// answer into the same value or the typed error.
/// </summary>
public sealed partial class AriRestClientTraceTests
{
    private static IEnumerable<TestCaseData> Exchanges() =>
        RecordedExchange.All()
            // We always choose playback ids; ARI's "play without an id" is not part of our client.
            .Where(e => !(e.Method == "POST" && PlayWithoutId().IsMatch(e.Path)))
            .Select(e => new TestCaseData(e).SetName($"Replay_{e.Scenario}_{e.Method}_{SafeName(e.Path)}"));

    [TestCaseSource(nameof(Exchanges))]
    public async Task Replay_SameRequestAndTypedAnswer(RecordedExchange exchange)
    {
        var handler = new StubAsteriskHandler(_ => ((HttpStatusCode)exchange.Status, exchange.Response is null ? null : exchange.ResponseText));
        var client = new AriRestClient(new HttpClient(handler), new AriOptions { Url = new Uri("http://asterisk.test:8088/"), User = "callcenter", Password = "secret" });

        var outcome = await CallAsync(client, exchange);

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
        var sent = handler.Requests[0];
        Assert.Multiple(() =>
        {
            Assert.That(sent.Method.Method, Is.EqualTo(exchange.Method));
            Assert.That(sent.RequestUri!.AbsolutePath, Is.EqualTo(exchange.Path));
            Assert.That(QueryOf(sent.RequestUri), Is.EquivalentTo(exchange.Query));
            Assert.That(sent.Headers.Authorization?.Scheme, Is.EqualTo("Basic"));
            Assert.That(sent.RequestUri.ToString(), Does.Not.Contain("secret"));
        });
        if (exchange.Status >= 400)
        {
            Assert.That(outcome, Is.InstanceOf<AriException>());
            var error = (AriException)outcome!;
            Assert.That((int?)error.StatusCode, Is.EqualTo(exchange.Status));
            var expected = exchange.Response?["message"] ?? exchange.Response?["error"];
            Assert.That(error.AsteriskMessage, Is.EqualTo(expected!.GetValue<string>()));
        }
        else
        {
            Assert.That(outcome, Is.Not.InstanceOf<Exception>(), () => $"{outcome}");
            if (exchange.Response is System.Text.Json.Nodes.JsonArray list)
            {
                Assert.That(outcome, Is.InstanceOf<System.Collections.ICollection>().With.Count.EqualTo(list.Count));
            }
            else if (exchange.Response?["id"] is { } id)
            {
                Assert.That(outcome!.GetType().GetProperty("Id")!.GetValue(outcome), Is.EqualTo(id.GetValue<string>()));
            }
        }
    }

    /// <summary>Makes the typed call that corresponds to a recorded request; returns its value or its exception.</summary>
    private static async Task<object?> CallAsync(AriRestClient client, RecordedExchange e)
    {
        var q = e.Query;
        string? Q(string name) => q.GetValueOrDefault(name);
        int? I(string name) => q.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        var parts = e.Path["/ari/".Length..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        try
        {
            return (e.Method, parts) switch
            {
                ("GET", ["asterisk", "info"]) => await client.Asterisk.GetInfoAsync(),
                ("GET", ["applications", var app]) => await client.Applications.GetAsync(app),
                ("GET", ["endpoints", var tech]) => await client.Endpoints.ListByTechnologyAsync(tech),
                ("GET", ["channels"]) => await client.Channels.ListAsync(),
                ("GET", ["channels", var id]) => await client.Channels.GetAsync(id),
                ("GET", ["channels", var id, "variable"]) => await client.Channels.GetVariableAsync(id, Q("variable")!),
                ("POST", ["channels"]) => await client.Channels.OriginateAsync(new OriginateRequest(Q("endpoint")!)
                {
                    App = Q("app"),
                    AppArgs = Q("appArgs")?.Split(','),
                    CallerId = Q("callerId"),
                    Timeout = I("timeout"),
                    ChannelId = Q("channelId"),
                    Originator = Q("originator"),
                }),
                ("POST", ["channels", var id, "answer"]) => await Done(client.Channels.AnswerAsync(id)),
                ("POST", ["channels", var id, "ring"]) => await Done(client.Channels.RingAsync(id)),
                ("POST", ["channels", var id, "play", var playbackId]) => await client.Channels.PlayAsync(id, playbackId, Q("media")!.Split(','), Q("lang")),
                ("POST", ["channels", var id, "record"]) => await client.Channels.RecordAsync(id, new RecordRequest(Q("name")!, Q("format")!)
                {
                    MaxDurationSeconds = I("maxDurationSeconds"),
                    MaxSilenceSeconds = I("maxSilenceSeconds"),
                    IfExists = Enum.Parse<RecordingOverwrite>(Q("ifExists")!, ignoreCase: true),
                    Beep = Q("beep") == "true",
                    TerminateOn = Q("terminateOn") switch { "#" => RecordingTermination.Hash, "*" => RecordingTermination.Star, "any" => RecordingTermination.Any, _ => RecordingTermination.None },
                }),
                ("POST", ["channels", var id, "moh"]) => await Done(client.Channels.StartMohAsync(id, Q("mohClass"))),
                ("DELETE", ["channels", var id, "moh"]) => await Done(client.Channels.StopMohAsync(id)),
                ("DELETE", ["channels", var id]) => await Done(client.Channels.HangupAsync(id, Enum.Parse<HangupReason>(Q("reason")!.Replace("_", ""), ignoreCase: true))),
                ("POST", ["bridges"]) => await client.Bridges.CreateAsync(Q("bridgeId")!, Q("type")!, Q("name")),
                ("GET", ["bridges", var id]) => await client.Bridges.GetAsync(id),
                ("DELETE", ["bridges", var id]) => await Done(client.Bridges.DestroyAsync(id)),
                ("POST", ["bridges", var id, "addChannel"]) => await Done(client.Bridges.AddChannelsAsync(id, Q("channel")!.Split(','), Q("role"))),
                ("POST", ["bridges", var id, "removeChannel"]) => await Done(client.Bridges.RemoveChannelsAsync(id, Q("channel")!.Split(','))),
                ("POST", ["bridges", var id, "moh"]) => await Done(client.Bridges.StartMohAsync(id, Q("mohClass"))),
                ("DELETE", ["bridges", var id, "moh"]) => await Done(client.Bridges.StopMohAsync(id)),
                ("DELETE", ["playbacks", var id]) => await Done(client.Playbacks.StopAsync(id)),
                ("GET", ["recordings", "stored"]) => await client.Recordings.ListStoredAsync(),
                ("GET", ["recordings", "stored", var name]) => await client.Recordings.GetStoredAsync(name),
                _ => throw new AssertionException($"No typed call is mapped for {e}"),
            };
        }
        catch (AriException exception)
        {
            return exception;
        }
    }

    private static async Task<object?> Done(Task call)
    {
        await call;
        return "done";
    }

    private static Dictionary<string, string> QueryOf(Uri uri)
    {
        var parsed = HttpUtility.ParseQueryString(uri.Query);
        return parsed.AllKeys.ToDictionary(k => k!, k => parsed[k]!);
    }

    private static string SafeName(string path) => NotWord().Replace(path["/ari/".Length..], "_");

    [GeneratedRegex(@"^/ari/channels/[^/]+/play$")]
    private static partial Regex PlayWithoutId();

    [GeneratedRegex(@"\W")]
    private static partial Regex NotWord();
}
