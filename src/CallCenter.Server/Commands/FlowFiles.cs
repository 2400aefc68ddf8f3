using CallCenter.Core.Ivr.Flows;
using CallCenter.Server.Ivr;

namespace CallCenter.Server.Commands;

/// <summary>Every flow file of a folder (*.yaml but the queue file), each compiled as the server would compile it.</summary>
internal static class FlowFiles
{
    public const string Pattern = "*.yaml";

    /// <summary>The folder's flow files by name, each with its flow or its errors; empty when the folder has none.</summary>
    /// <param name="queueFile">The queue file, which lives beside the flows but is not one.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<FlowFile> Compile(string folder, FlowEnvironment environment, string? queueFile = null)
    {
        var skipped = queueFile is null ? null : Path.GetFullPath(queueFile);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: the flows folder does not exist (setting Ivr:FlowsDirectory).");
        }
        return Directory.GetFiles(folder, Pattern)
            .Where(path => Path.GetFullPath(path) != skipped)
            .Order(StringComparer.Ordinal)
            .Select(path => CompileOne(path, environment))
            .ToList();
    }

    public static FlowFile CompileOne(string path, FlowEnvironment environment)
    {
        var display = LocalPaths.Display(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new FlowFile(path, display, new FlowCompilation(null, [new FlowError(new SourceLocation(display, 0, 0), $"cannot be read: {exception.Message}")]));
        }
        return new FlowFile(path, display, FlowCompiler.Compile(text, display, environment));
    }
}
