using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Server.Commands;

/// <summary>Every flow file of a folder (*.yaml), each compiled as the server would compile it.</summary>
internal static class FlowFiles
{
    public const string Pattern = "*.yaml";

    /// <summary>The folder's flow files by name, each with its flow or its errors; empty when the folder has none.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<FlowFile> Compile(string folder, FlowEnvironment environment)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: the flows folder does not exist (setting Ivr:FlowsDirectory).");
        }
        return Directory.GetFiles(folder, Pattern)
            .Order(StringComparer.Ordinal)
            .Select(path => CompileOne(path, environment))
            .ToList();
    }

    public static FlowFile CompileOne(string path, FlowEnvironment environment)
    {
        var display = Display(path);
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

    /// <summary>
    /// How errors name the file: relative to the working directory when it is inside it (flows/hotline.yaml, as
    /// an editor opens it from there), in full otherwise.
    /// </summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative;
    }
}
