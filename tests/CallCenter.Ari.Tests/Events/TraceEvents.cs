namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// The event streams recorded from a real Asterisk 22.10.1 (tests/CallCenter.Testing/Traces, copied to the
/// output by the CallCenter.Testing reference), one JSON event per line. *.rest.jsonl are REST exchanges, not events.
/// </summary>
public static class TraceEvents
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Traces");

    public static IReadOnlyList<string> EventStreamFiles =>
        System.IO.Directory.Exists(Directory)
            ? [.. System.IO.Directory.GetFiles(Directory, "*.jsonl")
                .Where(path => !path.EndsWith(".rest.jsonl", StringComparison.Ordinal))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Every event line of every stream as (file name, 1-based line number).</summary>
    public static IEnumerable<TestCaseData> AllLines() =>
        from file in EventStreamFiles
        from numbered in Lines(file).Select((text, index) => (text, number: index + 1))
        where numbered.text.Length > 0
        select new TestCaseData(file, numbered.number);

    public static string Line(string file, int number) => Lines(file)[number - 1];

    public static IReadOnlyList<string> Lines(string file) => File.ReadAllLines(Path.Combine(Directory, file));

    public static IReadOnlyList<string> RestLines(string scenario) =>
        File.ReadAllLines(Path.Combine(Directory, scenario + ".rest.jsonl")).Where(line => line.Length > 0).ToList();
}
