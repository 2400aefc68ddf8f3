namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>
/// Asterisk extension matching: a name without a leading '_' matches itself only; after '_',
/// X is 0-9, Z is 1-9, N is 2-9, [..] a set with ranges, '.' one or more further characters,
/// '!' zero or more, anything else itself.
/// </summary>
public static class DialplanPattern
{
    public static bool IsPattern(string extension) => extension.StartsWith('_');

    public static bool Matches(string extension, string dialled)
    {
        if (!IsPattern(extension))
        {
            return string.Equals(extension, dialled, StringComparison.OrdinalIgnoreCase);
        }

        return MatchesFrom(extension, 1, dialled, 0);
    }

    private static bool MatchesFrom(string pattern, int p, string dialled, int d)
    {
        while (p < pattern.Length)
        {
            var token = char.ToUpperInvariant(pattern[p]);
            switch (token)
            {
                case '.':
                    return d < dialled.Length;
                case '!':
                    return true;
                case '[':
                    var close = pattern.IndexOf(']', p);
                    if (close < 0)
                    {
                        throw new FormatException($"'{pattern}' has a '[' without ']'");
                    }

                    if (d >= dialled.Length || !InSet(pattern[(p + 1)..close], dialled[d]))
                    {
                        return false;
                    }

                    p = close + 1;
                    d++;
                    continue;
            }

            if (d >= dialled.Length)
            {
                return false;
            }

            var c = dialled[d];
            var matches = token switch
            {
                'X' => c is >= '0' and <= '9',
                'Z' => c is >= '1' and <= '9',
                'N' => c is >= '2' and <= '9',
                _ => char.ToUpperInvariant(c) == token,
            };
            if (!matches)
            {
                return false;
            }

            p++;
            d++;
        }

        return d == dialled.Length;
    }

    private static bool InSet(string set, char c)
    {
        for (var i = 0; i < set.Length; i++)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                if (c >= set[i] && c <= set[i + 2])
                {
                    return true;
                }

                i += 2;
            }
            else if (set[i] == c)
            {
                return true;
            }
        }

        return false;
    }
}
