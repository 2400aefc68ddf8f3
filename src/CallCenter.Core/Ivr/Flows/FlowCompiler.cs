namespace CallCenter.Core.Ivr.Flows;

/// <summary>Turns a flow file's text into a checked, immutable <see cref="FlowDefinition"/>, or every reason it cannot be one.</summary>
public static class FlowCompiler
{
    public static FlowCompilation Compile(string yaml, string file, FlowEnvironment environment)
    {
        var parsed = FlowParser.Parse(yaml, file, out var parseErrors);
        if (parsed is null)
        {
            return new FlowCompilation(null, Sorted(parseErrors));
        }
        var errors = FlowValidator.Check(parsed, environment);
        if (errors.Count > 0)
        {
            return new FlowCompilation(null, Sorted(errors));
        }
        return new FlowCompilation(
            new FlowDefinition(parsed.Name, file, parsed.Languages, parsed.DefaultLanguage, parsed.TimeZone, parsed.Start, parsed.Nodes, parsed.Fingerprint),
            []);
    }

    private static IReadOnlyList<FlowError> Sorted(IEnumerable<FlowError> errors) =>
        errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToList();
}
