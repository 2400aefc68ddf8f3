namespace CallCenter.Core.Catalog;

/// <summary>A price offer, for one product or the whole shop, valid from one date to another (inclusive).</summary>
public sealed record Promotion(long Id, string? ProductCode, string Text, string PromptName, DateOnly StartsOn, DateOnly EndsOn)
{
    public bool IsActiveOn(DateOnly day) => day >= StartsOn && day <= EndsOn;
}
