using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallCenter.Ari.Events;
using CallCenter.Ari.Json;

namespace CallCenter.Ari.Tests.Events;

/// <summary>What a real Asterisk 22.10.1 sent (see Traces/README.md), decoded.</summary>
public class AriEventDecoderTraceTests
{
    private const string ChannelsPath = "/ari/channels/";

    private static IEnumerable<TestCaseData> TraceLines() => TraceEvents.AllLines();

    /// <summary>Scenarios whose application hung up a channel with DELETE /channels/{id} and got a 204.</summary>
    private static IEnumerable<string> ScenariosWithChannelDelete() =>
        TraceEvents.EventStreamFiles
            .Select(file => Path.GetFileNameWithoutExtension(file))
            .Where(scenario => DeletedChannels(scenario).Count > 0);

    [Test]
    public void Traces_AreCopiedIntoTheTestOutput()
    {
        Assert.That(TraceEvents.EventStreamFiles, Has.Count.GreaterThanOrEqualTo(10), $"event streams in {TraceEvents.Directory}");
    }

    [TestCaseSource(nameof(TraceLines))]
    public void Decode_TraceEvent_GivesItsTypedRecord(string trace, int line)
    {
        var text = TraceEvents.Line(trace, line);
        var type = JsonNode.Parse(text)!["type"]!.GetValue<string>();

        var ariEvent = Decode(text);

        Assert.That(ariEvent, Is.Not.InstanceOf<UnknownAriEvent>());
        Assert.That(ariEvent.GetType().Name, Is.EqualTo(type));
    }

    [TestCaseSource(nameof(TraceLines))]
    public void Decode_TraceEvent_LosesNoField(string trace, int line)
    {
        var text = TraceEvents.Line(trace, line);
        var ariEvent = Decode(text);

        var reserialized = JsonNode.Parse(JsonSerializer.Serialize(ariEvent, ariEvent.GetType(), AriJson.Options));

        Assert.That(JsonNode.DeepEquals(reserialized, JsonNode.Parse(text)), Is.True,
            $"sent:  {text}\nagain: {reserialized!.ToJsonString()}");
    }

    [Test]
    public void Decode_AgentBusy_ChannelDestroyedSaysUserBusyWithSip486()
    {
        var destroyed = Events<ChannelDestroyed>("d_agent_busy.jsonl").Single();

        Assert.That(destroyed.Cause, Is.EqualTo(17));
        Assert.That(destroyed.CauseTxt, Is.EqualTo("User busy"));
        Assert.That(destroyed.TechCause, Is.EqualTo(486));
    }

    [Test]
    public void Decode_AgentBusy_DialCarriesBusyStatusAndTheAgentAsPeer()
    {
        var dial = Events<Dial>("d_agent_busy.jsonl").Last();

        Assert.That(dial.Dialstatus, Is.EqualTo("BUSY"));
        Assert.That(dial.Peer.Id, Is.EqualTo("agent-d_agent_busy-1795357919122"));
        Assert.That(dial.Peer.Name, Is.EqualTo("PJSIP/agent1002-00000005"));
        Assert.That(dial.Dialstring, Is.EqualTo("agent1002"));
        Assert.That(dial.Caller, Is.Null, "Asterisk sends no caller on a Dial of a channel created through ARI");
    }

    [Test]
    public void Decode_AgentNoAnswer_ChannelDestroyedSaysNoAnswer()
    {
        var destroyed = Events<ChannelDestroyed>("d_agent_noanswer.jsonl").Single();

        Assert.That(destroyed.Cause, Is.EqualTo(19));
        Assert.That(destroyed.CauseTxt, Is.EqualTo("User alerting, no answer"));
    }

    [Test]
    public void Decode_HangupDuringPlayback_PlaybackFinishesFailed()
    {
        var finished = Events<PlaybackFinished>("c_hangup_during_playback.jsonl").Single();

        Assert.That(finished.Playback.State, Is.EqualTo("failed"));
        Assert.That(finished.Playback.Id, Is.EqualTo("pb-c_hangup_during_playback-1"));
        Assert.That(finished.Playback.TargetUri, Is.EqualTo("channel:1795357913.3"));
    }

    [TestCaseSource(nameof(ScenariosWithChannelDelete))]
    public void Decode_HangupRequestAfterChannelDelete_IsCause32Soft(string scenario)
    {
        var deleted = DeletedChannels(scenario);

        var requests = Events<ChannelHangupRequest>(scenario + ".jsonl").Where(request => deleted.Contains(request.Channel.Id)).ToList();

        Assert.That(requests.Select(request => request.Channel.Id), Is.EquivalentTo(deleted));
        Assert.That(requests, Has.All.Matches<ChannelHangupRequest>(request => request.Cause == 32 && request.Soft == true));
    }

    [Test]
    public void Decode_TraceTimestamp_KeepsItsInstantAndOffset()
    {
        var first = Decode(TraceEvents.Line("a_dtmf_playback.jsonl", 1));

        Assert.That(first.Timestamp, Is.EqualTo(new DateTimeOffset(2026, 11, 22, 14, 31, 35, 862, TimeSpan.Zero)));
        Assert.That(first.Timestamp.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Decode_Record_RecordingFinishedCarriesItsDurationInSeconds()
    {
        var finished = Events<RecordingFinished>("e_record.jsonl").Single();

        Assert.That(finished.Recording.Name, Is.EqualTo("holdout-e_record"));
        Assert.That(finished.Recording.State, Is.EqualTo("done"));
        Assert.That(finished.Recording.Duration, Is.EqualTo(4));
    }

    [Test]
    public void Decode_DtmfPlayback_DigitsArriveInTheOrderPressed()
    {
        var digits = Events<ChannelDtmfReceived>("a_dtmf_playback.jsonl").Select(dtmf => dtmf.Digit);

        Assert.That(digits, Is.EqualTo(new[] { "1", "2", "#" }));
    }

    private static AriEvent Decode(string line)
    {
        var decoded = AriEventDecoder.TryDecode(Encoding.UTF8.GetBytes(line), out var ariEvent, out var error);
        Assert.That(decoded, Is.True, error);
        return ariEvent!;
    }

    private static IEnumerable<T> Events<T>(string trace) where T : AriEvent =>
        TraceEvents.Lines(trace).Where(line => line.Length > 0).Select(Decode).OfType<T>();

    private static List<string> DeletedChannels(string scenario) =>
        TraceEvents.RestLines(scenario)
            .Select(line => JsonNode.Parse(line)!)
            .Where(exchange => exchange["method"]!.GetValue<string>() == "DELETE" && exchange["status"]!.GetValue<int>() == 204)
            .Select(exchange => exchange["path"]!.GetValue<string>())
            .Where(path => path.StartsWith(ChannelsPath, StringComparison.Ordinal) && !path[ChannelsPath.Length..].Contains('/'))
            .Select(path => path[ChannelsPath.Length..])
            .ToList();
}
