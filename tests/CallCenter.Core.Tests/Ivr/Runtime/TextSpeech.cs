using System.Globalization;
using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>Speech that names what it was asked to say, so tests read "number/42" rather than digit prompts.</summary>
internal sealed class TextSpeech : ISpeech
{
    public IReadOnlyList<string> Number(long value, string language) => [$"number/{value.ToString(CultureInfo.InvariantCulture)}"];

    public IReadOnlyList<string> Digits(string digits, string language) => [$"digits/{digits}"];

    public IReadOnlyList<string> Money(decimal amount, string language) => [$"money/{amount.ToString(CultureInfo.InvariantCulture)}"];

    public IReadOnlyList<string> Date(DateOnly date, string language) => [$"date/{date:yyyy-MM-dd}"];
}
