namespace CallCenter.Testing.Tests.Conformance;

/// <summary>
/// FakeAsterisk driven through every recorded scenario of a real Asterisk 22.10.1 must send the same event types
/// in the same order (ChannelVarset aside, whose set depends on media statistics), with the same field names and
/// value types, and answer the same REST calls with the same status codes and response shapes.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class ConformanceTests
{
    public static IEnumerable<string> Scenarios => TraceScenario.Names;

    [TestCaseSource(nameof(Scenarios))]
    public async Task Replay_SendsTheTracesEventTypesInOrder(string name)
    {
        var result = await TraceReplayer.ReplayAsync(TraceScenario.Load(name));

        var expected = ReplayResult.WithoutVarsets(result.Scenario.Events).Select(e => (string)e["type"]!).ToList();
        var actual = ReplayResult.WithoutVarsets(result.Events).Select(e => (string)e["type"]!).ToList();
        Assert.That(actual, Is.EqualTo(expected), () => $"{Problems(result)}Event types differ:\n{result.TypeDiff()}");
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Replay_SendsEventsWithTheTracesFieldsAndValueTypes(string name)
    {
        var result = await TraceReplayer.ReplayAsync(TraceScenario.Load(name));

        var expected = ReplayResult.WithoutVarsets(result.Scenario.Events);
        var actual = ReplayResult.WithoutVarsets(result.Events);
        var differences = expected.Zip(actual)
            .SelectMany((pair, i) => JsonShape.Differences(pair.First, pair.Second).Select(d => $"event {i} {(string?)pair.First["type"]}: {d}"))
            .ToList();
        Assert.That(differences, Is.Empty, () => Problems(result) + result.TypeDiff());
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Replay_SendsChannelVarsetWhereTheTraceHasSome(string name)
    {
        var result = await TraceReplayer.ReplayAsync(TraceScenario.Load(name));

        var traceHasVarsets = result.Scenario.Events.Any(e => (string?)e["type"] == "ChannelVarset");
        var fakeVarsets = result.Events.Where(e => (string?)e["type"] == "ChannelVarset").ToList();
        Assert.That(fakeVarsets.Count > 0, Is.EqualTo(traceHasVarsets));
        var shapes = fakeVarsets.SelectMany(v => JsonShape.Differences(result.Scenario.Events.First(e => (string?)e["type"] == "ChannelVarset"), v)).Distinct().ToList();
        Assert.That(shapes, Is.Empty);
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Replay_AnswersRestCallsWithTheTracesStatusAndShape(string name)
    {
        var result = await TraceReplayer.ReplayAsync(TraceScenario.Load(name));

        var differences = result.Rest.SelectMany(r =>
        {
            var call = $"{r.Expected.Method} {r.Expected.Path}";
            if (r.Actual is null)
            {
                return [$"{call}: no answer"];
            }
            if (r.Actual.Status != r.Expected.Status)
            {
                return [$"{call}: status {r.Actual.Status}, the trace has {r.Expected.Status} ({r.Actual.Text})"];
            }
            return JsonShape.Differences(r.Expected.Response, r.Actual.Json).Select(d => $"{call}: {d}");
        }).ToList();
        Assert.That(differences, Is.Empty, () => Problems(result));
    }

    private static string Problems(ReplayResult result) =>
        result.Problems.Count == 0 ? "" : "Replay problems:\n  " + string.Join("\n  ", result.Problems) + "\n";
}
