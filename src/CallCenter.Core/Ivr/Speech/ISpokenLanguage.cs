namespace CallCenter.Core.Ivr.Speech;

/// <summary>One language's rules for speaking values, given values <see cref="PromptSpeech"/> has already checked.</summary>
internal interface ISpokenLanguage
{
    void Number(long value, List<string> prompts);

    void Money(long cents, List<string> prompts);

    void Date(DateOnly date, List<string> prompts);
}
