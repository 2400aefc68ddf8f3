namespace CallCenter.Core.Catalog;

/// <summary>A notice played before the menu (holiday hours, a policy change) between two dates, inclusive.</summary>
public sealed record Announcement(long Id, string Text, string PromptName, DateOnly StartsOn, DateOnly EndsOn)
{
    public bool IsActiveOn(DateOnly day) => day >= StartsOn && day <= EndsOn;
}
