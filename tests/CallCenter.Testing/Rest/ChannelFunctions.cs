using CallCenter.Testing.Channels;

namespace CallCenter.Testing.Rest;

/// <summary>The dialplan functions an application reads or writes through /variable: CALLERID, CONNECTEDLINE, CHANNEL.</summary>
internal static class ChannelFunctions
{
    /// <summary>The value, or null when Asterisk could not read the function.</summary>
    public static string? Read(PbxChannel channel, string expression)
    {
        var (function, argument) = Split(expression);
        switch (function, argument)
        {
            case ("CALLERID", "num" or "number"):
                return channel.CallerNumber;
            case ("CALLERID", "name"):
                return channel.CallerName;
            case ("CALLERID", "all"):
                return channel.CallerName.Length > 0 ? $"\"{channel.CallerName}\" <{channel.CallerNumber}>" : channel.CallerNumber;
            case ("CONNECTEDLINE", "num" or "number"):
                return channel.ConnectedNumber;
            case ("CONNECTEDLINE", "name"):
                return channel.ConnectedName;
            case ("CHANNEL", "name"):
                return channel.Name;
            case ("CHANNEL", "uniqueid" or "linkedid"):
                return channel.Id;
            case ("CHANNEL", "language"):
                return channel.Language;
            case ("CHANNEL", "state"):
                return channel.State;
            case ("CHANNEL", "musicclass"):
                return channel.MohClass ?? "";
            case ("CHANNEL", "accountcode"):
                return channel.AccountCode;
            default:
                return channel.Variables.TryGetValue(expression, out var written) ? written : null;
        }
    }

    public static void Write(PbxChannel channel, string expression, string value)
    {
        var (function, argument) = Split(expression);
        switch (function, argument)
        {
            case ("CALLERID", "num" or "number"):
                channel.CallerNumber = value;
                break;
            case ("CALLERID", "name"):
                channel.CallerName = value;
                break;
            case ("CONNECTEDLINE", "num" or "number"):
                channel.ConnectedNumber = value;
                break;
            case ("CONNECTEDLINE", "name"):
                channel.ConnectedName = value;
                break;
            case ("CHANNEL", "language"):
                channel.Language = value;
                break;
            case ("CHANNEL", "accountcode"):
                channel.AccountCode = value;
                break;
            default:
                // Functions the fake does not model keep what was written, so a later read gets it back.
                channel.Variables[expression] = value;
                break;
        }
    }

    private static (string Function, string Argument) Split(string expression)
    {
        var open = expression.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !expression.EndsWith(')'))
        {
            return (expression, "");
        }
        return (expression[..open].Trim().ToUpperInvariant(), expression[(open + 1)..^1].Trim().ToLowerInvariant());
    }
}
