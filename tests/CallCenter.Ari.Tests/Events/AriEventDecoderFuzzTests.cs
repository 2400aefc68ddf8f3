using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Ari.Events;

namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// The decoder runs on the websocket reader: whatever arrives, it must answer, never throw. Seeded, so a failure
/// can be replayed.
/// </summary>
public class AriEventDecoderFuzzTests
{
    private const int Seed = 20261122;

    private static IReadOnlyList<byte[]> TraceMessages { get; } =
        TraceEvents.EventStreamFiles
            .SelectMany(TraceEvents.Lines)
            .Where(line => line.Length > 0)
            .Select(Encoding.UTF8.GetBytes)
            .ToList();

    /// <summary>One message of each type the traces hold, cut at every byte.</summary>
    [Test]
    public void Decode_EveryPrefixOfATraceEventOfEachType_AnswersWithoutThrowing()
    {
        var onePerType = TraceMessages.DistinctBy(message => JsonNode.Parse(message)!["type"]!.GetValue<string>());
        var inputs = onePerType.SelectMany(message => Enumerable.Range(0, message.Length).Select(length => message[..length]));

        AssertEveryInputIsAnswered(inputs);
    }

    [Test]
    public void Decode_TraceEventsWithRandomBytesChanged_AnswerWithoutThrowing()
    {
        var random = new Random(Seed);
        var inputs = TraceMessages.SelectMany(message => Enumerable.Range(0, 20).Select(_ => Mutated(message, random)));

        AssertEveryInputIsAnswered(inputs);
    }

    [Test]
    public void Decode_RandomBytes_AnswerWithoutThrowing()
    {
        var random = new Random(Seed);
        var inputs = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            return bytes;
        });

        AssertEveryInputIsAnswered(inputs);
    }

    [Test]
    public void Decode_RandomJsonPunctuation_AnswerWithoutThrowing()
    {
        var random = new Random(Seed);
        var alphabet = "{}[]:,\"\\ 0123456789.-+eEtruefalsn"u8.ToArray();
        var inputs = Enumerable.Range(0, 5_000).Select(_ =>
            Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

        AssertEveryInputIsAnswered(inputs);
    }

    /// <summary>Overwrites, deletes or duplicates a few bytes, favouring JSON's structural characters.</summary>
    private static byte[] Mutated(byte[] message, Random random)
    {
        var bytes = message.ToList();
        var structural = "{}[]:,\"\\ "u8.ToArray();
        for (var change = random.Next(1, 4); change > 0 && bytes.Count > 0; change--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes[at] = random.Next(2) == 0 ? structural[random.Next(structural.Length)] : (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                default:
                    bytes.Insert(at, bytes[at]);
                    break;
            }
        }
        return [.. bytes];
    }

    private static void AssertEveryInputIsAnswered(IEnumerable<byte[]> inputs)
    {
        var tried = 0;
        foreach (var input in inputs)
        {
            tried++;
            bool decoded;
            AriEvent? ariEvent;
            string? error;
            try
            {
                decoded = AriEventDecoder.TryDecode(input, out ariEvent, out error);
            }
            catch (Exception exception)
            {
                Assert.Fail($"Threw {exception.GetType().Name} ({exception.Message}) for: {Convert.ToBase64String(input)}");
                return;
            }
            if (decoded ? ariEvent is null : string.IsNullOrEmpty(error))
            {
                Assert.Fail($"Answered {decoded} without {(decoded ? "an event" : "a reason")} for: {Convert.ToBase64String(input)}");
            }
        }
        Assert.That(tried, Is.GreaterThan(0), "no inputs: are the traces in the test output?");
    }
}
