using CallCenter.Core.Catalog;

namespace CallCenter.Data.Catalog;

/// <summary>A promotion or an announcement: the two tables share their shape.</summary>
internal sealed class PromotionRow
{
    public long Id { get; init; }
    public string? ProductCode { get; init; }
    public string Text { get; init; } = "";
    public string PromptName { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }

    public Promotion ToPromotion() => new(Id, ProductCode, Text, PromptName, StartsOn, EndsOn);

    public Announcement ToAnnouncement() => new(Id, Text, PromptName, StartsOn, EndsOn);
}
