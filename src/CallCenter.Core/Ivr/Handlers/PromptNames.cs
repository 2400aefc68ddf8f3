namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// Prompt names that come from the database (a promotion's), checked before the runtime plays them as
/// "sound:{name}": a name with a slash or dots could reach a file outside the language's prompt folder.
/// </summary>
internal static class PromptNames
{
    public static bool IsPlayable(string? name) =>
        name is { Length: > 0 and <= 100 }
        && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
