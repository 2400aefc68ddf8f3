namespace CallCenter.Core.Ivr.Speech;

/// <summary>
/// American English without "and" in numbers: 115 is "one hundred fifteen", 1,234,567 is "one million two hundred
/// thirty four thousand five hundred sixty seven"; $12.50 is "twelve dollars and fifty cents"; 2026-11-24 is
/// "November twenty-fourth".
/// </summary>
internal sealed class EnglishSpeech : ISpokenLanguage
{
    public void Number(long value, List<string> prompts)
    {
        if (value == 0)
        {
            prompts.Add(SpeechPrompts.Number(0));
            return;
        }
        var millions = (int)(value / 1_000_000);
        var thousands = (int)(value / 1000 % 1000);
        var rest = (int)(value % 1000);
        if (millions > 0)
        {
            UpToThousand(millions, prompts);
            prompts.Add(SpeechPrompts.Million);
        }
        if (thousands is > 0 and < 10)
        {
            // "two thousand" is one prompt, as "two hundred" is: it flows better than two words joined.
            prompts.Add(SpeechPrompts.Number(thousands * 1000));
        }
        else if (thousands > 0)
        {
            UpToThousand(thousands, prompts);
            prompts.Add(SpeechPrompts.Thousand);
        }
        if (rest > 0)
        {
            UpToThousand(rest, prompts);
        }
    }

    public void Money(long cents, List<string> prompts)
    {
        var dollars = cents / 100;
        var remainder = cents % 100;
        if (dollars > 0 || remainder == 0)
        {
            Number(dollars, prompts);
            prompts.Add(dollars == 1 ? SpeechPrompts.Dollar : SpeechPrompts.Dollars);
        }
        if (remainder > 0)
        {
            if (dollars > 0)
            {
                prompts.Add(SpeechPrompts.And);
            }
            Number(remainder, prompts);
            prompts.Add(remainder == 1 ? SpeechPrompts.Cent : SpeechPrompts.Cents);
        }
    }

    public void Date(DateOnly date, List<string> prompts)
    {
        prompts.Add(SpeechPrompts.Month(date.Month));
        prompts.Add(SpeechPrompts.Day(date.Day));
    }

    /// <param name="value">1 to 999.</param>
    private static void UpToThousand(int value, List<string> prompts)
    {
        var hundreds = value / 100;
        var tens = value % 100;
        if (hundreds > 0)
        {
            prompts.Add(SpeechPrompts.Number(hundreds * 100));
        }
        if (tens is > 0 and < 20)
        {
            prompts.Add(SpeechPrompts.Number(tens));
        }
        else if (tens >= 20)
        {
            prompts.Add(SpeechPrompts.Number(tens / 10 * 10));
            if (tens % 10 > 0)
            {
                prompts.Add(SpeechPrompts.Number(tens % 10));
            }
        }
    }
}
