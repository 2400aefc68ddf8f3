using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Server.Commands;

/// <summary>One flow file and what compiling it gave.</summary>
/// <param name="Display">The file as errors name it.</param>
internal sealed record FlowFile(string Path, string Display, FlowCompilation Result)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>Whether <paramref name="name"/> names this flow: its `flow:` name, or its file name with or without .yaml.</summary>
    public bool IsNamed(string name) =>
        Result.Flow?.Name == name
        || string.Equals(FileName, name, StringComparison.Ordinal)
        || string.Equals(System.IO.Path.GetFileNameWithoutExtension(Path), name, StringComparison.Ordinal);
}
