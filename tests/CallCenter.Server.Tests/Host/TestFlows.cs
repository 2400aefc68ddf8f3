namespace CallCenter.Server.Tests.Host;

/// <summary>Small flows for host tests, so what a call hears does not depend on the hotline's opening hours.</summary>
internal static class TestFlows
{
    /// <summary>Welcome, then goodbye and hang up.</summary>
    public const string WelcomeThenGoodbye = """
        flow: welcome
        languages: [en, zh]
        start: hello
        nodes:
          hello:
            type: announce
            prompt: welcome
            next: bye
          bye:
            type: hangup
            prompt: goodbye
        """;

    /// <summary>Writes a flow file in the directory and returns its path.</summary>
    public static string Write(string directory, string yaml, string name = "test.yaml")
    {
        var flows = Path.Combine(directory, "flows");
        Directory.CreateDirectory(flows);
        var path = Path.Combine(flows, name);
        File.WriteAllText(path, yaml);
        return path;
    }
}
