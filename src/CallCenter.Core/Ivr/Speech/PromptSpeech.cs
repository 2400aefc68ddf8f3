using System.Globalization;

namespace CallCenter.Core.Ivr.Speech;

/// <summary>
/// Speaks values in English ("en") and Mandarin ("zh") with the prompts named in <see cref="SpeechPrompts"/>.
/// Years are not spoken: a date is a month and a day, as for a delivery this week.
/// </summary>
public sealed class PromptSpeech : ISpeech
{
    /// <summary>The largest number spoken: 99,999,999, below a hundred million (Mandarin's 一亿).</summary>
    public const long MaxNumber = 99_999_999;

    /// <summary>The largest amount spoken: $99,999,999.99.</summary>
    public const decimal MaxMoney = 99_999_999.99m;

    /// <summary>The longest digit string spoken: far more than any card, order or phone number.</summary>
    public const int MaxDigits = 64;

    private readonly Dictionary<string, ISpokenLanguage> languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new EnglishSpeech(),
        ["zh"] = new MandarinSpeech(),
    };

    /// <summary>The languages spoken, as Asterisk names a channel's language.</summary>
    public IReadOnlyCollection<string> Languages => languages.Keys;

    /// <exception cref="ArgumentOutOfRangeException">Below 0 or above <see cref="MaxNumber"/>.</exception>
    public IReadOnlyList<string> Number(long value, string language)
    {
        var rules = RulesFor(language);
        if (value is < 0 or > MaxNumber)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                string.Create(CultureInfo.InvariantCulture, $"Numbers from 0 to {MaxNumber:N0} can be spoken; {value:N0} cannot."));
        }
        var prompts = new List<string>();
        rules.Number(value, prompts);
        return prompts;
    }

    /// <exception cref="ArgumentException">Empty, or holding anything but the digits 0 to 9.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Longer than <see cref="MaxDigits"/>.</exception>
    public IReadOnlyList<string> Digits(string digits, string language)
    {
        ArgumentNullException.ThrowIfNull(digits);
        RulesFor(language);
        // The messages never repeat the digits: they may be a card number.
        if (digits.Length == 0)
        {
            throw new ArgumentException("There are no digits to say.", nameof(digits));
        }
        if (digits.Length > MaxDigits)
        {
            throw new ArgumentOutOfRangeException(
                nameof(digits),
                string.Create(CultureInfo.InvariantCulture, $"{digits.Length} digits are too many to say; at most {MaxDigits} are spoken."));
        }
        var prompts = new List<string>(digits.Length);
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Only the digits 0 to 9 can be said one by one; character {i + 1} of {digits.Length} is not one."),
                    nameof(digits));
            }
            prompts.Add(SpeechPrompts.Number(digits[i] - '0'));
        }
        return prompts;
    }

    /// <summary>The amount is rounded to the cent, half a cent up.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 0 or above <see cref="MaxMoney"/>.</exception>
    public IReadOnlyList<string> Money(decimal amount, string language)
    {
        var rules = RulesFor(language);
        if (amount < 0 || amount > MaxMoney)
        {
            throw new ArgumentOutOfRangeException(
                nameof(amount),
                amount,
                string.Create(CultureInfo.InvariantCulture, $"Amounts from 0 to {MaxMoney:N2} can be spoken; {amount:N2} cannot."));
        }
        var cents = (long)decimal.Round(amount * 100, MidpointRounding.AwayFromZero);
        var prompts = new List<string>();
        rules.Money(cents, prompts);
        return prompts;
    }

    public IReadOnlyList<string> Date(DateOnly date, string language)
    {
        var prompts = new List<string>(2);
        RulesFor(language).Date(date, prompts);
        return prompts;
    }

    private ISpokenLanguage RulesFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return languages.TryGetValue(language, out var rules)
            ? rules
            : throw new ArgumentException(
                $"No speech rules for the language '{language}'; known: {string.Join(", ", languages.Keys)}.",
                nameof(language));
    }
}
