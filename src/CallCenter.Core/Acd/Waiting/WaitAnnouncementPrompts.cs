using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Core.Acd.Waiting;

/// <summary>The prompt names (under prompts/{language}/) that say a <see cref="WaitAnnouncement"/>.</summary>
public static class WaitAnnouncementPrompts
{
    public static IReadOnlyList<string> For(WaitAnnouncement announcement, string language, ISpeech speech)
    {
        if (announcement.Position == 1)
        {
            return ["queue-next"];
        }
        var prompts = new List<string> { "queue-position-is" };
        prompts.AddRange(speech.Number(announcement.Position, language));
        prompts.Add("queue-position-end");
        if (announcement.Long)
        {
            prompts.Add("queue-wait-long");
        }
        else if (announcement.Minutes == 1)
        {
            prompts.Add("queue-wait-one-minute");
        }
        else if (announcement.Minutes is { } minutes)
        {
            prompts.Add("queue-wait-is");
            prompts.AddRange(speech.Number(minutes, language));
            prompts.Add("queue-wait-minutes");
        }
        return prompts;
    }
}
