namespace CallCenter.Core.Ivr.Speech;

/// <summary>
/// Standard Mandarin numbers, counted in groups of four digits: 10 is 十 at the start of a number but 一十 inside
/// one (一百一十); zeros inside a number are one 零 (一千零五, 一百零一万, 一万零五百); two is 两 in front of 百, 千
/// and 万 (两百, 两千, 两万) and 二 in 二十 and as the last digit. Money is 元, 角 and 分 as prices are read aloud:
/// $12.50 is 十二元五角, $19.99 十九元九角九分, $12.05 十二元零五分, $2.00 两元; dates are 十一月二十四日.
/// </summary>
internal sealed class MandarinSpeech : ISpokenLanguage
{
    private const int GroupSize = 10_000;

    private static readonly int[] Places = [1000, 100, 10, 1];

    public void Number(long value, List<string> prompts)
    {
        if (value == 0)
        {
            prompts.Add(SpeechPrompts.Number(0));
            return;
        }
        var high = (int)(value / GroupSize);
        var low = (int)(value % GroupSize);
        if (high > 0)
        {
            if (high == 2)
            {
                prompts.Add(SpeechPrompts.TwoBeforeUnit);
            }
            else
            {
                Group(high, startsNumber: true, prompts);
            }
            prompts.Add(SpeechPrompts.TenThousand);
        }
        if (low > 0)
        {
            if (high > 0 && low < 1000)
            {
                prompts.Add(SpeechPrompts.Number(0));
            }
            Group(low, startsNumber: high == 0, prompts);
        }
    }

    public void Money(long cents, List<string> prompts)
    {
        var yuan = cents / 100;
        var jiao = (int)(cents / 10 % 10);
        var fen = (int)(cents % 10);
        if (yuan > 0 || cents == 0)
        {
            if (yuan == 2)
            {
                prompts.Add(SpeechPrompts.TwoBeforeUnit);
            }
            else
            {
                Number(yuan, prompts);
            }
            prompts.Add(SpeechPrompts.Dollar);
        }
        if (jiao > 0)
        {
            prompts.Add(DigitBeforeUnit(jiao));
            prompts.Add(SpeechPrompts.TenCents);
        }
        if (fen > 0)
        {
            if (jiao == 0 && yuan > 0)
            {
                prompts.Add(SpeechPrompts.Number(0));
            }
            prompts.Add(DigitBeforeUnit(fen));
            prompts.Add(SpeechPrompts.Cent);
        }
    }

    public void Date(DateOnly date, List<string> prompts)
    {
        prompts.Add(SpeechPrompts.Month(date.Month));
        prompts.Add(SpeechPrompts.Day(date.Day));
    }

    /// <param name="value">1 to 9999: the digits before 万, or after it.</param>
    /// <param name="startsNumber">Whether nothing is said before it: only then is 10 to 19 said without 一.</param>
    private static void Group(int value, bool startsNumber, List<string> prompts)
    {
        var spoken = false;
        var zeroPending = false;
        foreach (var place in Places)
        {
            var digit = value / place % 10;
            if (digit == 0)
            {
                zeroPending = spoken;
                continue;
            }
            if (zeroPending)
            {
                prompts.Add(SpeechPrompts.Number(0));
                zeroPending = false;
            }
            if (place == 10 && digit == 1)
            {
                if (spoken || !startsNumber)
                {
                    prompts.Add(SpeechPrompts.Number(1));
                }
                prompts.Add(SpeechPrompts.Number(10 + value % 10));
                return;
            }
            prompts.Add(place == 1 ? SpeechPrompts.Number(digit) : SpeechPrompts.Number(digit * place));
            spoken = true;
        }
    }

    private static string DigitBeforeUnit(int digit) => digit == 2 ? SpeechPrompts.TwoBeforeUnit : SpeechPrompts.Number(digit);
}
