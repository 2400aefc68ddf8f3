using System.Text;
using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// Collects digits into a variable: the terminator or the maximum length ends the entry, so does a pause
/// once the minimum is reached; the entry is then checked (length, check digit) before the flow goes on.
/// </summary>
internal sealed class CollectRun(IvrCall call, CollectNode node) : AskingRun(call, node.Items, node.Retries)
{
    private const string BetweenKeys = "between-keys";
    private readonly StringBuilder digits = new();

    protected override TimeSpan WaitAfterQuestion => node.FirstDigitTimeout;

    protected override Task<string?> KeyAsync(char digit)
    {
        if (digit == node.Terminator)
        {
            return CompleteAsync();
        }
        digits.Append(digit);
        if (digits.Length >= node.MaxDigits)
        {
            return CompleteAsync();
        }
        StartWait(node.InterDigitTimeout, BetweenKeys);
        return NoChange;
    }

    protected override Task<string?> TimedOutAsync(string name)
    {
        if (IsWaiting(name, BetweenKeys))
        {
            return digits.Length >= node.MinDigits ? CompleteAsync() : FailAsync("too few digits");
        }
        return base.TimedOutAsync(name);
    }

    private Task<string?> CompleteAsync()
    {
        CancelWait();
        var value = digits.ToString();
        var valid = value.Length >= node.MinDigits && value.Length <= node.MaxDigits && node.Validator switch
        {
            DigitValidator.MembershipCard => MembershipCard.IsValid(value),
            DigitValidator.Luhn => MembershipCard.HasValidCheckDigit(value),
            _ => true,
        };
        if (!valid)
        {
            return FailAsync($"not a valid entry ({IvrCall.MaskFor(node, value)})");
        }
        Call.Variables[node.Into] = value;
        StepInput = IvrCall.MaskFor(node, value);
        return Go("next");
    }

    private Task<string?> FailAsync(string failure)
    {
        digits.Clear();
        return RetryAsync(InvalidPrompt, failure);
    }
}
