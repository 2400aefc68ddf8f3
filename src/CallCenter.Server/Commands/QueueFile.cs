using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Server.Ivr;

namespace CallCenter.Server.Commands;

/// <summary>The queue file (Acd:Queues) and what reading it gave, as `flow check` reports it.</summary>
/// <param name="Display">The file as errors name it.</param>
internal sealed record QueueFile(string Path, string Display, AcdConfigurationCompilation Result)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The queue names flows may use, or null when the file has errors (then queue nodes are not checked).</summary>
    public IReadOnlySet<string>? QueueNames => Result.Configuration?.Queues.Keys.ToHashSet(StringComparer.Ordinal);

    public static QueueFile Read(string path)
    {
        var display = LocalPaths.Display(path);
        if (!File.Exists(path))
        {
            return Failed(path, display, "the queue file does not exist (setting Acd:Queues): no caller could reach an agent");
        }
        try
        {
            return new QueueFile(path, display, AcdConfigurationCompiler.Compile(File.ReadAllText(path), display));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(path, display, $"cannot be read: {exception.Message}");
        }
    }

    private static QueueFile Failed(string path, string display, string message) =>
        new(path, display, new AcdConfigurationCompilation(null, [new FlowError(new SourceLocation(display, 0, 0), message)]));
}
