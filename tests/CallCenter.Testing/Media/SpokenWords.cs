namespace CallCenter.Testing.Media;

/// <summary>The sound files Asterisk's English say.c strings together for number:, digits: and characters:.</summary>
internal static class SpokenWords
{
    public static IEnumerable<string> Number(long number)
    {
        if (number < 0)
        {
            yield return "digits/minus";
            number = -number;
        }
        if (number == 0)
        {
            yield return "digits/0";
            yield break;
        }
        foreach (var word in Positive(number))
        {
            yield return word;
        }
    }

    public static IEnumerable<string> Digits(string text)
    {
        foreach (var c in text)
        {
            var word = c switch
            {
                >= '0' and <= '9' => "digits/" + c,
                '*' => "digits/star",
                '#' => "digits/pound",
                '-' => "digits/minus",
                _ => null,
            };
            if (word is not null)
            {
                yield return word;
            }
        }
    }

    public static IEnumerable<string> Characters(string text)
    {
        foreach (var c in text)
        {
            var word = c switch
            {
                >= '0' and <= '9' => "digits/" + c,
                >= 'a' and <= 'z' => "letters/" + c,
                >= 'A' and <= 'Z' => "letters/" + char.ToLowerInvariant(c),
                '*' => "digits/star",
                '#' => "digits/pound",
                '!' => "letters/exclaimation-point",
                '@' => "letters/at",
                '$' => "letters/dollar",
                '-' => "letters/dash",
                '.' => "letters/dot",
                '=' => "letters/equals",
                '+' => "letters/plus",
                '/' => "letters/slash",
                ' ' => "letters/space",
                _ => null,
            };
            if (word is not null)
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<string> Positive(long number)
    {
        (long Size, string Word)[] scales = [(1_000_000_000, "digits/billion"), (1_000_000, "digits/million"), (1000, "digits/thousand")];
        foreach (var (size, word) in scales)
        {
            if (number >= size)
            {
                foreach (var part in Positive(number / size))
                {
                    yield return part;
                }
                yield return word;
                number %= size;
            }
        }
        if (number >= 100)
        {
            yield return "digits/" + (number / 100);
            yield return "digits/hundred";
            number %= 100;
        }
        if (number >= 20)
        {
            yield return "digits/" + (number / 10 * 10);
            number %= 10;
        }
        if (number > 0)
        {
            yield return "digits/" + number;
        }
    }
}
