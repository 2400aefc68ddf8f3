namespace CallCenter.Core.Ivr.Speech;

/// <summary>
/// How values are spoken in each language, as sequences of prompt names found under prompts/{language}/
/// (e.g. "digits/1", "digits/thousand"): numbers as quantities, digit strings one by one, money, dates.
/// </summary>
public interface ISpeech
{
    IReadOnlyList<string> Number(long value, string language);

    IReadOnlyList<string> Digits(string digits, string language);

    IReadOnlyList<string> Money(decimal amount, string language);

    IReadOnlyList<string> Date(DateOnly date, string language);
}
