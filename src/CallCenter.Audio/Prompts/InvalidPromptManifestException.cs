namespace CallCenter.Audio.Prompts;

/// <summary>A manifest with mistakes in it; the message lists all of them, one <c>file:line: problem</c> a line.</summary>
public sealed class InvalidPromptManifestException(string manifestName, IReadOnlyList<PromptManifestError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => $"{manifestName}:{e.Line}: {e.Message}")))
{
    public string ManifestName { get; } = manifestName;

    public IReadOnlyList<PromptManifestError> Errors { get; } = errors;
}
