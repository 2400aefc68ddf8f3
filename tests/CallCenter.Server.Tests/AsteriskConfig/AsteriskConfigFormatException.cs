namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>A line Asterisk's config parser would reject or misread, with where it is.</summary>
public sealed class AsteriskConfigFormatException(string fileName, int line, string message)
    : Exception($"{fileName}:{line}: {message}")
{
    public string FileName { get; } = fileName;

    public int Line { get; } = line;
}
