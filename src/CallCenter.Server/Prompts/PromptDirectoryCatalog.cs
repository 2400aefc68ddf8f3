using CallCenter.Audio.Prompts;
using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Server.Prompts;

/// <summary>
/// The prompts a flow may play: a prompt exists in a language when prompts/{language}/{name}.wav does. Asked afresh
/// each time, so a prompt added while the server runs counts at the next flow check. (Audio cannot implement Core's
/// interface itself: it references no project of ours.)
/// </summary>
public sealed class PromptDirectoryCatalog(PromptDirectory prompts) : IPromptCatalog
{
    public bool Has(string language, string prompt) => prompts.Has(language, prompt);
}
