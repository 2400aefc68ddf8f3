using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Runtime;

internal sealed class MenuRun(IvrCall call, MenuNode node) : AskingRun(call, node.Items, node.Retries)
{
    protected override TimeSpan WaitAfterQuestion => node.Timeout;

    protected override Task<string?> KeyAsync(char digit)
    {
        if (node.Options.TryGetValue(digit, out var exit))
        {
            StepInput = digit.ToString();
            return Task.FromResult<string?>(exit.Trigger);
        }
        return RetryAsync(InvalidPrompt, $"wrong key {digit}");
    }
}
