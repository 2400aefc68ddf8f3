namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>One priority of a dialplan extension: "Application(data)".</summary>
public sealed record DialplanStep(string Extension, int Priority, string Application, string Data, int Line)
{
    /// <summary>The application's arguments, split on commas outside of parentheses.</summary>
    public IReadOnlyList<string> Arguments
    {
        get
        {
            var arguments = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < Data.Length; i++)
            {
                depth += Data[i] switch { '(' => 1, ')' => -1, _ => 0 };
                if (Data[i] == ',' && depth == 0)
                {
                    arguments.Add(Data[start..i].Trim());
                    start = i + 1;
                }
            }

            arguments.Add(Data[start..].Trim());
            return arguments;
        }
    }
}
