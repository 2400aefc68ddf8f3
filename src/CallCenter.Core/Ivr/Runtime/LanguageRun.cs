using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// Sets the language every later prompt plays in. A caller whose preferred language is known (identify-caller
/// set preferred-language) is not asked when the node says so; silence or another key keeps the default.
/// </summary>
internal sealed class LanguageRun(IvrCall call, LanguageNode node) : NodeRun(call)
{
    private string? playback;
    private (string Name, IDisposable Timer)? wait;

    public override bool TakesDigits => true;

    public override async Task<string?> StartAsync()
    {
        if (node.SkipWhenKnown && Call.Variables.TryGetValue("preferred-language", out var known) && Call.Flow.Languages.Contains(known))
        {
            Call.Language = known;
            StepOutcome = $"known: {known}";
            return "next";
        }
        if (Call.TypeAhead.TryDequeue(out var typed))
        {
            return Choose(typed);
        }
        playback = await Call.PlayAsync(Call.MediaFor(node.Items)).ConfigureAwait(false);
        if (playback is null)
        {
            wait = Call.StartTimer(node.Timeout, "no-key");
        }
        return null;
    }

    public override async Task<string?> OnDigitAsync(char digit)
    {
        if (playback is not null)
        {
            playback = null;
            await Call.StopPromptsAsync().ConfigureAwait(false);
        }
        return Choose(digit);
    }

    public override Task<string?> OnPromptFinishedAsync(string playbackId)
    {
        if (playbackId == playback)
        {
            playback = null;
            wait = Call.StartTimer(node.Timeout, "no-key");
        }
        return NoChange;
    }

    public override Task<string?> OnTimerAsync(string name) =>
        name == wait?.Name ? Go(Keep("no input")) : NoChange;

    public override void Leave() => wait?.Timer.Dispose();

    private string Choose(char digit)
    {
        if (!node.Options.TryGetValue(digit, out var language))
        {
            return Keep($"key {digit}");
        }
        Call.Language = language;
        StepInput = digit.ToString();
        StepOutcome = language;
        return "next";
    }

    private string Keep(string why)
    {
        Call.Language = node.Default.Length > 0 ? node.Default : Call.Flow.DefaultLanguage;
        StepOutcome = $"{why}: {Call.Language}";
        return "next";
    }
}
